import { describe, expect, it } from 'vitest';
import { resolveObservations, type ResolvedObservation } from '../../src/domain/observations';
import type { Dataset } from '../../src/domain/schema';
import { partTestDataset } from '../fixtures/part-dataset';

/** The test data, and a figure derived in the data itself, with its formula: a new object. */
function testDataset(): Dataset {
  const base = partTestDataset();
  return {
    ...base,
    observations: base.observations.map((obs, index) =>
      index === 0 ? { ...obs, derived: { formula: 'Thu nội địa + thu hải quan' } } : obs,
    ),
  };
}

/** Every field a view reads, as plain data (a stated figure reads them from its observation). */
const fields = (obs: ResolvedObservation) => ({
  id: obs.id,
  unit: obs.unit.id,
  metric: obs.metric.id,
  period: obs.period.id,
  topicId: obs.topicId,
  isBreakdown: obs.isBreakdown,
  value: obs.value,
  valueDerivation: obs.valueDerivation,
  target: obs.target,
  targetDerivation: obs.targetDerivation,
  targetPeriod: obs.targetPeriod?.id ?? null,
  statedShare: obs.statedShare,
  statedGrowth: obs.statedGrowth && {
    percent: obs.statedGrowth.percent,
    comparedTo: obs.statedGrowth.comparedTo.id,
  },
  source: obs.source.id,
  quote: obs.quote,
});

describe('a figure resolved', () => {
  const dataset = testDataset();
  const resolved = resolveObservations(dataset);
  const byId = new Map(resolved.map((obs) => [obs.id, obs]));

  it('says what its observation states, its references looked up', () => {
    const metrics = new Map(dataset.metrics.map((metric) => [metric.id, metric]));
    for (const obs of dataset.observations) {
      const figure = byId.get(obs.id);
      expect(figure).toBeDefined();
      const metric = metrics.get(obs.metric)!;
      const derivedTarget = figure!.targetDerivation != null;
      expect(fields(figure!)).toEqual({
        id: obs.id,
        unit: obs.unit,
        metric: obs.metric,
        period: obs.period,
        topicId: obs.topic ?? metric.topic,
        isBreakdown: obs.topic != null && metric.topic == null,
        value: obs.value,
        valueDerivation: obs.derived ? { kind: 'stated', formula: obs.derived.formula } : null,
        target: derivedTarget ? figure!.target : (obs.target ?? null),
        targetDerivation: figure!.targetDerivation,
        targetPeriod: obs.targetPeriod ?? null,
        statedShare: obs.statedShare ?? null,
        statedGrowth: obs.statedGrowth ?? null,
        source: obs.source,
        quote: obs.quote,
      });
      // An estimate is derived only where none is stated, from an exact stated share.
      if (derivedTarget) {
        expect(obs.target ?? null).toBeNull();
        expect(obs.statedShare?.qualifier).toBe('exact');
        expect(figure!.target).toBeCloseTo((obs.value! * 100) / obs.statedShare!.percent, 6);
      }
    }
    // The data holds each kind: a derived estimate, a stated formula, a part by topic, a growth.
    expect(resolved.some((obs) => obs.targetDerivation?.kind === 'target-from-share')).toBe(true);
    expect(resolved.some((obs) => obs.valueDerivation?.kind === 'stated')).toBe(true);
    expect(resolved.some((obs) => obs.isBreakdown)).toBe(true);
    expect(resolved.some((obs) => obs.statedGrowth != null)).toBe(true);
  });

  it('adds the earlier figure a growth implies, where none is stated, marked as derived', () => {
    const derived = resolved.filter((obs) => obs.valueDerivation?.kind === 'previous-from-growth');
    expect(derived.length).toBeGreaterThan(0);
    for (const obs of derived) {
      const from = byId.get(obs.id.replace(/~previous$/, ''))!;
      expect(fields(obs)).toMatchObject({
        unit: from.unit.id,
        metric: from.metric.id,
        period: from.statedGrowth!.comparedTo.id,
        topicId: from.topicId,
        target: null,
        statedGrowth: null,
        quote: from.quote,
      });
      expect(obs.value).toBeCloseTo(from.value! / (1 + from.statedGrowth!.percent / 100), 6);
    }
  });
});
