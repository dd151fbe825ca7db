import { act, fireEvent, screen, within } from '@testing-library/react';

export const findGrid = (name: string) => screen.findByRole('grid', { name });

/** The row whose row header (the name column) reads `name`. */
export function rowNamed(grid: HTMLElement, name: string): HTMLElement {
  const header = within(grid)
    .getAllByRole('rowheader')
    .find((h) => h.textContent?.trim() === name);
  if (!header) throw new Error(`No row named ${name}`);
  return header.closest('[role="row"]') as HTMLElement;
}

export const cellOf = (row: HTMLElement, field: string) => row.querySelector(`[data-field="${field}"]`) as HTMLElement;

/** Selects a cell the way a click does, leaving the keyboard on the grid. */
export function clickCell(grid: HTMLElement, cell: HTMLElement): void {
  fireEvent.mouseDown(cell, { button: 0 });
  fireEvent.mouseUp(cell);
  grid.focus();
}

export const press = (target: HTMLElement, key: string, mods: { shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean } = {}) =>
  fireEvent.keyDown(target, { key, ...mods });

/** A paste from a spreadsheet: the page gets a paste event whose clipboard holds the text. */
export function paste(target: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: data });
  act(() => {
    target.dispatchEvent(event);
  });
}

/** The editor open over the active cell. */
export const editor = (grid: HTMLElement) => (within(grid).queryByRole('combobox') ?? within(grid).getByRole('textbox')) as HTMLInputElement;

/** A copy as the browser starts it: a copy event whose clipboard the page fills; returns what it put there. */
export function copy(target: HTMLElement): string {
  const data = new DataTransfer();
  const event = new Event('copy', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: data });
  act(() => {
    target.dispatchEvent(event);
  });
  return data.getData('text/plain');
}
