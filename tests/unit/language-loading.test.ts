import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import type * as DashboardModule from '../../src/domain/view/dashboard';
import { lateModule } from '../fixtures/late-module';

// English is loaded the first time it is asked for. These tests load the store and the messages
// afresh, with the English file's arrival in the test's hands.
const EN = '../../src/i18n/en';

async function withEnglish(load: () => Promise<unknown>) {
  vi.resetModules();
  vi.doMock(EN, load);
  const store = await import('../../src/state/dashboard-store');
  const i18n = await import('../../src/i18n');
  // As the app does: the store waits on i18n's loader (neither imports the other).
  (await import('../../src/app/connect-store')).connectStore();
  return { store: store.useDashboardStore, i18n };
}

/** English that arrives when the test calls release(). */
async function withLateEnglish() {
  const { load, release } = await lateModule(EN);
  const modules = await withEnglish(load);
  return { ...modules, release };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('English, loaded when first chosen', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    vi.doUnmock(EN);
    vi.resetModules();
  });

  it('switches once the English messages are there, not before', async () => {
    const { store, i18n, release } = await withLateEnglish();
    store.getState().actions.languageSelected('en');
    await settle();
    expect(store.getState().lang).toBe('vi');
    release();
    await settle();
    expect(store.getState().lang).toBe('en');
    expect(i18n.messagesFor('en').appName).toBe('District indicator dashboard');
  });

  it('gives the parts loaded on demand Vietnamese until the page itself can show English', async () => {
    const { store, release } = await withLateEnglish();
    const { wordsIn } = await import('../../src/i18n/words');
    const { importWords } = await import('../../src/features/import/words');
    const dialog = () => wordsIn(importWords, 'en');
    store.getState().actions.languageSelected('en');
    // Not half of a dialog in one language and half in the other.
    expect(dialog().importTitle).toBe('Nhập dữ liệu');
    expect(dialog().appName).toBe('Theo dõi chỉ tiêu phát triển quận');
    release();
    await settle();
    expect(dialog().importTitle).toBe('Import data');
    expect(dialog().appName).toBe('District indicator dashboard');
  });

  it('keeps the last choice: Vietnamese chosen again while English loads stays Vietnamese', async () => {
    const { store, release } = await withLateEnglish();
    store.getState().actions.languageSelected('en');
    store.getState().actions.languageSelected('vi');
    release();
    await settle();
    expect(store.getState().lang).toBe('vi');
  });

  it('applies the rest of an address at once, and its language when loaded', async () => {
    const { store, release } = await withLateEnglish();
    const { urlChanged } = store.getState().actions;
    urlChanged({ ...store.getState(), year: 2022, lang: 'en' });
    expect(store.getState().year).toBe(2022);
    expect(store.getState().lang).toBe('vi');
    // A later change is not undone when English arrives.
    store.getState().actions.yearSelected(2024);
    release();
    await settle();
    expect(store.getState().lang).toBe('en');
    expect(store.getState().year).toBe(2024);
  });

  it('stays Vietnamese, with Vietnamese words, when English cannot be loaded', async () => {
    const { store, i18n } = await withEnglish(async () => {
      throw new Error('offline');
    });
    store.getState().actions.languageSelected('en');
    await settle();
    expect(store.getState().lang).toBe('vi');
    expect(i18n.messagesFor(store.getState().lang).appName).toBe(
      'Theo dõi chỉ tiêu phát triển quận',
    );
  });
});

/**
 * The page's modules loaded afresh, a query client, the bundled data, and a large dataset: more
 * figures than are worked out with a first view (the bundled ones copied, each copy its own ids).
 */
async function freshPage() {
  vi.resetModules();
  const store = (await import('../../src/state/dashboard-store')).useDashboardStore;
  const query = await import('../../src/data/dataset-query');
  const { viewSharedIn, STEPS_FROM } = await import('../../src/data/view-languages');
  const { bundledDataset } = await import('../fixtures/dataset');
  const { QueryClient } = await import('@tanstack/react-query');
  const bundled = bundledDataset();
  const observations: typeof bundled.observations = [];
  for (let copy = 0; observations.length <= STEPS_FROM; copy += 1)
    for (const o of bundled.observations) observations.push({ ...o, id: `${o.id}-${copy}` });
  const large = { ...bundled, observations };
  return { store, query, viewSharedIn, bundled, large, client: new QueryClient() };
}

/** The store's language switch connected to the client's data, and English's words loaded. */
async function connectEnglish(client: QueryClient) {
  (await import('../../src/app/connect-store')).connectStore(client);
  await import('../../src/i18n').then((i18n) => i18n.loadMessages('en'));
}

describe('a large dataset shown in another language', () => {
  afterEach(() => {
    vi.resetModules();
  });

  it('changes language once what its views share is worked out in it, and is then built at once', async () => {
    const { store, query, viewSharedIn, bundled, large: dataset, client } = await freshPage();
    const { kpiCandidatesCache } = await import('../../src/domain/view/kpis');
    query.cacheActiveDataset(client, {
      dataset,
      origin: { kind: 'imported', fileName: 'x.json', importedAt: '2026-12-06T00:00:00Z' },
      revision: 1,
    });
    await connectEnglish(client);

    expect(query.viewReadyIn(client, 'en')).toBe(false);
    store.getState().actions.languageSelected('en');
    // Not yet: the English headline candidates are worked out a step a task first.
    expect(store.getState().lang).toBe('vi');
    await vi.waitFor(() => expect(store.getState().lang).toBe('en'), { timeout: 20_000 });
    expect(viewSharedIn(dataset, 'en')).toBe(true);
    expect(kpiCandidatesCache.en.values.has(dataset)).toBe(true);
    // Back to Vietnamese, never worked out here: the same wait; the small bundled data none.
    expect(query.viewReadyIn(client, 'vi')).toBe(false);
    expect(viewSharedIn(bundled, 'vi')).toBe(true);
  });

  it('changes language, while a part of it is shown first, once the part’s shared work is done in it', async () => {
    const { store, query, viewSharedIn, large: part, client } = await freshPage();
    const { setFirstView } = await import('../../src/data/first-view');
    // A year's part of a large import, shown while the rest is read: no whole yet.
    setFirstView({ part } as unknown as Parameters<typeof setFirstView>[0]);
    await connectEnglish(client);

    expect(query.viewReadyIn(client, 'en')).toBe(false);
    store.getState().actions.languageSelected('en');
    expect(store.getState().lang).toBe('vi');
    await vi.waitFor(() => expect(store.getState().lang).toBe('en'), { timeout: 20_000 });
    expect(viewSharedIn(part, 'en')).toBe(true);
    setFirstView(null);
  });
});

const DASHBOARD = '../../src/domain/view/dashboard';

describe('a filter chosen on a large dataset', () => {
  afterEach(() => {
    vi.doUnmock(DASHBOARD);
    vi.resetModules();
  });

  it('is shown once its view is worked out, in a task before the page draws it', async () => {
    // Which views are built, and when.
    const built: (number | null)[] = [];
    vi.doMock(DASHBOARD, async (importOriginal) => {
      const original = await importOriginal<typeof DashboardModule>();
      return {
        ...original,
        buildDashboardView: (...args: Parameters<typeof original.buildDashboardView>) => {
          built.push(args[1].year);
          return original.buildDashboardView(...args);
        },
      };
    });
    const { store, query, bundled, large, client } = await freshPage();
    const origin = { kind: 'imported', fileName: 'x.json', importedAt: '2026-12-07T00:00:00Z' };
    query.cacheActiveDataset(client, { dataset: large, origin, revision: 1 } as never);
    (await import('../../src/app/connect-store')).connectStore(client);
    const told: { year: number | null; built: (number | null)[] }[] = [];
    store.subscribe((state) => told.push({ year: state.year, built: [...built] }));

    store.getState().actions.yearSelected(2024);
    // Not yet: its view is worked out first, in a task of its own.
    expect(store.getState().year).toBeNull();
    expect(built).toEqual([]);
    await vi.waitFor(() => expect(store.getState().year).toBe(2024), { timeout: 20_000 });
    // The page is told of the year once its view is there: drawing it builds nothing more.
    expect(told).toEqual([{ year: 2024, built: [2024] }]);
    expect(
      query.prepareDashboardView(client, { year: 2024, topic: null, unit: null }, 'vi'),
    ).toBeTruthy();
    expect(built).toEqual([2024]);

    // Data small enough to draw at once: a filter is shown at once.
    query.cacheActiveDataset(client, { dataset: bundled, origin, revision: 2 } as never);
    store.getState().actions.topicSelected('economy');
    expect(store.getState().topic).toBe('economy');
  });

  it('waits for Back and Forward too, and shows each choice in the order made', async () => {
    const { store, query, large, client } = await freshPage();
    const origin = { kind: 'imported', fileName: 'x.json', importedAt: '2026-12-07T00:00:00Z' };
    query.cacheActiveDataset(client, { dataset: large, origin, revision: 1 } as never);
    (await import('../../src/app/connect-store')).connectStore(client);
    const shown: string[] = [];
    store.subscribe((state) => {
      const filters = `${state.year}/${state.topic}`;
      if (shown.at(-1) !== filters) shown.push(filters);
    });

    // Back onto a year's slide: the presentation at once, the year once its view is there.
    store
      .getState()
      .actions.urlChanged({ ...store.getState(), year: 2024, present: true, slide: 2 });
    expect(store.getState()).toMatchObject({ present: true, slide: 2, year: null });
    // A topic chosen before that is shown: shown after it, the year kept.
    store.getState().actions.topicSelected('economy');
    await vi.waitFor(() => expect(store.getState().topic).toBe('economy'), { timeout: 20_000 });
    expect(store.getState().year).toBe(2024);
    expect(shown).toEqual(['null/null', '2024/null', '2024/economy']);
  });
});
