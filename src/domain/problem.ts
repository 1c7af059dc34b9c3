/**
 * What can be wrong with a dataset file. The UI turns each code into a sentence in the user's
 * language; the domain only says what and where.
 */
export type ProblemCode =
  | 'invalidJson'
  | 'notAnObject'
  | 'required'
  | 'type'
  | 'number'
  | 'integer'
  | 'negative'
  | 'growth'
  | 'year'
  | 'id'
  | 'empty'
  | 'maxLength'
  | 'emptyList'
  | 'isoDate'
  | 'partialDate'
  | 'picklist'
  | 'schemaVersion'
  | 'newerFormat'
  | 'unknownRef'
  | 'duplicateId'
  | 'duplicateObservation'
  | 'countAboveTotal'
  | 'shareOutOfRange'
  | 'unknownColumn'
  | 'duplicateColumn'
  | 'duplicateKey'
  | 'extraCells'
  | 'unclosedQuote'
  | 'mergedNumber'
  | 'conflictingDefinition'
  | 'endBeforeStart'
  | 'targetOnTally'
  | 'invalid';

export interface Problem {
  /** Where, as a path into the file: `observations[3].value`; empty for the file as a whole. */
  path: string;
  code: ProblemCode;
  /** Details for the message: the expected type, the unknown id, the list it should be in. */
  detail?: string;
}
