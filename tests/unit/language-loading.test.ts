import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
  (await import('../../src/app/connect-language')).connectLanguage();
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
