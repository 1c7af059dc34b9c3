// Lighthouse 12 (Node API) against the served build, mobile (the default) and desktop presets.
// Chromium is the system one, started by chrome-launcher with the flags the rest of the bench
// uses (scripts/chromium.mjs): no background, component-update or sync traffic, so nothing tries
// to leave this machine. Lighthouse's simulated throttling needs no network either.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { stats } from './bench-lib.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

// Where a metric's points went, when the audit itself names no element.
const DETAILS_FROM = {
  'cumulative-layout-shift': 'layout-shifts',
  'largest-contentful-paint': 'largest-contentful-paint-element',
};

function summarise(lhr) {
  const score = (id) => lhr.categories[id]?.score ?? null;
  const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
  // Audits that lost points: what to look at when a score is below 1.
  const failing = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        const details = lhr.audits[DETAILS_FROM[ref.id]] ?? audit;
        failing.push({ category, id: ref.id, score: audit.score, where: offenders(details) });
      }
    }
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    fcp: numeric('first-contentful-paint'),
    runtimeError: lhr.runtimeError?.message ?? null,
    runWarnings: lhr.runWarnings ?? [],
    failing,
  };
}

/** The first few elements an audit names (low contrast text, what shifted), to find them. */
function offenders(audit) {
  const items = [];
  const collect = (list) => {
    for (const item of list ?? []) {
      if (item.node) items.push(item.node.selector ?? item.node.snippet);
      if (item.items) collect(item.items);
    }
  };
  collect(audit.details?.items);
  const names = [...new Set(items.filter(Boolean))];
  return names.slice(0, 3).join(' | ') + (names.length > 3 ? ' …' : '');
}

/** Every run's lost points, once per audit: its scores over the runs and what it names. */
export function lostPoints(runs) {
  const byAudit = new Map();
  for (const { category, id, score, where } of runs.flatMap((r) => r.failing)) {
    const key = `${category}: ${id}`;
    const entry = byAudit.get(key) ?? { scores: [], where: '' };
    entry.scores.push(score);
    entry.where ||= where;
    byAudit.set(key, entry);
  }
  return [...byAudit].map(([key, { scores, where }]) => {
    const low = Math.min(...scores);
    const high = Math.max(...scores);
    const range = low === high ? `${low}` : `${low}–${high}`;
    return `${key} ${range} in ${scores.length} of ${runs.length} runs${where ? `: ${where}` : ''}`;
  });
}

/** One preset's runs in figures: median, min and max of each, and what lost points. */
export function summariseRuns(runs) {
  const figure = (key, decimals) =>
    stats(
      runs.map((r) => r[key]),
      decimals,
    );
  return {
    performance: figure('performance', 2),
    accessibility: figure('accessibility', 2),
    bestPractices: figure('bestPractices', 2),
    lcp: figure('lcp'),
    tbt: figure('tbt'),
    cls: figure('cls', 3),
    fcp: figure('fcp'),
    lostPoints: lostPoints(runs),
    runtimeErrors: runs.map((r) => r.runtimeError).filter(Boolean),
    warnings: [...new Set(runs.flatMap((r) => r.runWarnings))],
  };
}

const PRESETS = { mobile: undefined, desktop: desktopConfig };

/** Runs each preset (both, or those named) `runs` times; resolves with every run's figures. */
export async function runLighthouse(url, runs, presetNames = Object.keys(PRESETS)) {
  const results = {};
  for (const name of presetNames) {
    const config = PRESETS[name];
    results[name] = [];
    for (let run = 0; run < runs; run += 1) {
      // A fresh browser each run: nothing cached, nothing left from the run before.
      const chrome = await launch({
        chromePath: chromiumPath(),
        chromeFlags: [...chromiumArgs, '--headless=new'],
        logLevel: 'silent',
      });
      try {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          config,
        );
        results[name].push(summarise(result.lhr));
      } finally {
        await chrome.kill();
      }
    }
  }
  return results;
}
