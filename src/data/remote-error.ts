import type { ListedUnit, RemoteProblem } from './remote-protocol';

/** A dataset could not be opened from its address: why (remote-protocol.ts), said on the page. */
export class RemoteDatasetError extends Error {
  constructor(
    readonly problem: RemoteProblem,
    readonly status?: number,
    /** For 'tooLarge': the figures the file holds. */
    readonly figures?: number,
    /** For 'tooLarge': the districts it can be opened at, one at a time. */
    readonly units?: ListedUnit[],
  ) {
    super(
      `The dataset could not be opened from its address: ${problem}${status ? ` (${status})` : ''}`,
    );
    this.name = 'RemoteDatasetError';
  }
}
