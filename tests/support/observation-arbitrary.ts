import fc from 'fast-check';
import type { Observation } from '../../src/domain/schema';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const text = fc.string({ minLength: 1, maxLength: 40 });
const number = fc.oneof(
  fc.double({ min: 0, max: 1e12, noNaN: true }),
  fc.constantFrom(0, -0, 12455.236, 0.1 + 0.2, Number.MAX_VALUE, Number.MIN_VALUE),
);

/** Any observation the schema allows, each optional field present or absent. */
export const observation: fc.Arbitrary<Observation> = fc.record(
  {
    id,
    unit: id,
    metric: id,
    period: id,
    topic: id,
    value: fc.option(number, { nil: null }),
    target: fc.option(number, { nil: null }),
    targetPeriod: id,
    statedShare: fc.record(
      {
        percent: number,
        qualifier: fc.constantFrom('exact', 'more-than', 'less-than', 'about' as const),
        decimals: fc.integer({ min: 0, max: 6 }),
      },
      { requiredKeys: ['percent', 'qualifier'], noNullPrototype: true },
    ),
    statedGrowth: fc.record(
      { percent: fc.double({ min: -100, max: 1e4, noNaN: true }), comparedTo: id },
      { noNullPrototype: true },
    ),
    derived: fc.record({ formula: text }, { noNullPrototype: true }),
    source: id,
    quote: text,
  },
  {
    requiredKeys: ['id', 'unit', 'metric', 'period', 'value', 'source', 'quote'],
    noNullPrototype: true,
  },
);
