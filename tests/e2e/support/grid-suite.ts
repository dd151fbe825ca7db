import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import {
  arabicLayout,
  conflictInTwoWindows,
  deleteAndUndo,
  editWithKeyboard,
  openSection,
  pasteBlock,
  sortAndFilter,
  undoAfterRestart,
  undoRedoPaste,
  type GridCase,
} from './grid-steps';
import { openSession, screenshot, type Session } from './shell';

/**
 * The analyst's tasks on one table, in order, on one workspace: a restart in the middle proves the
 * history is in the file. The steps share the session to keep the run short; each checks what it
 * did through the store as well as on screen.
 */
export function gridSuite(c: GridCase): void {
  const slug = c.section.toLowerCase();
  let session: Session;
  let page: Page;
  let grid: Locator;

  beforeAll(async () => {
    session = await openSession({ sample: true });
    page = session.page;
    grid = await openSection(page, c.section);
  });
  afterAll(async () => {
    await session?.cleanup();
  });
  // What the analyst would have seen when a step failed, for the CI log.
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshot(page, `grid-${slug}-failed-${task.name.split(' ')[0]}`).catch(() => {});
  });

  describe(`the ${c.section} grid in Chromium`, () => {
    it('edits a cell with the keyboard', async () => {
      await editWithKeyboard(page, grid, c);
    });

    it('pastes a block copied from a spreadsheet, quoted cells with tabs and line breaks included, growing the table', async () => {
      await pasteBlock(page, grid, c);
      await screenshot(page, `grid-${slug}-pasted`);
    });

    it('undoes and redoes the paste as one step with the keys', async () => {
      await undoRedoPaste(page, grid, c);
    });

    it('undoes it again after a restart, from the history in the workspace file', async () => {
      session = await session.restart();
      page = session.page;
      grid = await openSection(page, c.section);
      await undoAfterRestart(page, grid, c);
    });

    it('sorts by a column and filters in its menu', async () => {
      await sortAndFilter(page, grid, c);
    });

    it('deletes a row after one question, and brings it back with Ctrl+Z', async () => {
      await deleteAndUndo(page, grid, c);
    });

    it('refuses a stale edit from a second window with a clear message', async () => {
      const other = await conflictInTwoWindows(page, grid, c);
      await screenshot(other, `grid-${slug}-conflict`);
      await other.close();
    });

    it('mirrors columns, selection and arrow keys in Arabic', async () => {
      await arabicLayout(page, c);
      await screenshot(page, `grid-${slug}-arabic`);
    });
  });
}
