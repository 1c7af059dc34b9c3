import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NOTES_PAGE } from '../../src/domain/at-a-glance';
import type { Dataset } from '../../src/domain/schema';
import type { Lang } from '../../src/domain/url-state';
import { buildDashboardView } from '../../src/domain/view-model';
import { NotesList } from '../../src/features/dashboard/NotesList';
import { ShownLanguage } from '../../src/i18n/use-messages';
import { resetDashboardStore } from '../../src/state/dashboard-store';
import { bundledDataset } from '../fixtures/dataset';

/** The bundled data's notes, each said again for 40 made-up wards: more than a page of them. */
function manyNotes(): Dataset {
  const dataset = bundledDataset();
  const notes = Array.from({ length: 40 * dataset.notes.length }, (_, index) => ({
    ...dataset.notes[index % dataset.notes.length]!,
    id: `ghi-chu-${index + 1}`,
    text: { vi: `Ghi chú thử số ${index + 1}`, en: `Test note ${index + 1}` },
  }));
  return { ...dataset, notes };
}

function renderNotes(dataset: Dataset, lang: Lang = 'vi') {
  const view = buildDashboardView(dataset, { year: null, topic: null, unit: null }, lang);
  render(
    <ShownLanguage.Provider value={lang}>
      <NotesList notes={view.notes} />
    </ShownLanguage.Provider>,
  );
  return view.notes.length;
}

// What a reader asked to see of a list is the store's: each test starts with none asked.
beforeEach(() => resetDashboardStore());

describe('the qualitative notes', () => {
  it('are all listed when they fit on a page, with no paging', () => {
    const count = renderNotes(bundledDataset());
    expect(count).toBeLessThanOrEqual(NOTES_PAGE);
    const section = screen.getByRole('region', { name: 'Ghi chú định tính' });
    expect(within(section).getAllByRole('listitem')).toHaveLength(count);
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('are shown a page at a time, more and then all on request, in the reader’s words', async () => {
    const user = userEvent.setup();
    const total = renderNotes(manyNotes());
    expect(total).toBeGreaterThan(2 * NOTES_PAGE);
    const section = screen.getByRole('region', { name: 'Ghi chú định tính' });
    const shown = () => within(section).getAllByRole('listitem');
    expect(shown()).toHaveLength(NOTES_PAGE);
    expect(within(section).getByRole('status')).toHaveTextContent(
      `Đang hiện ${NOTES_PAGE} trong ${total} ghi chú.`,
    );
    await user.click(within(section).getByRole('button', { name: `Hiện thêm ${NOTES_PAGE}` }));
    expect(shown()).toHaveLength(2 * NOTES_PAGE);
    // The focus on the first note added, to read on from there.
    expect(shown()[NOTES_PAGE]).toHaveFocus();
    await user.click(within(section).getByRole('button', { name: `Hiện tất cả ${total}` }));
    expect(shown()).toHaveLength(total);
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('say how many in English too', () => {
    const total = renderNotes(manyNotes(), 'en');
    const section = screen.getByRole('region', { name: 'Qualitative notes' });
    expect(within(section).getByRole('status')).toHaveTextContent(
      `Showing ${NOTES_PAGE} of ${total} notes.`,
    );
  });
});
