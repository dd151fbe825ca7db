import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodOutput, Result } from '../../db/contract';
import type { Bridge } from '../../renderer/api/bridge';
import { createClient } from '../../renderer/api/client';
import { createI18n } from '../../renderer/app/i18n/i18n';
import { ImportWizard } from '../../renderer/features/import/ImportWizard';

afterEach(cleanup);

const INSPECTION: MethodOutput<'imports.inspect'> = {
  fileName: 'big.csv',
  format: 'csv',
  sheet: 'big.csv',
  sheets: [{ name: 'big.csv', hidden: false }],
  encoding: { used: 'windows-1251', confidence: 'low', alternatives: ['koi8-r'] },
  delimiter: { value: ';', guessed: true },
  header: ['Название', 'Страна'],
  rowCount: 5000,
  sample: [['Завод', 'AZ']],
  issues: [],
  mapping: [null, 'country'],
  remembered: false,
  fields: [
    { key: 'name', label: 'Name', stored: 'name', required: true },
    { key: 'country', label: 'Country', stored: 'country', required: true },
  ],
  numberFormat: 'decimal-comma',
};

const PREVIEW: MethodOutput<'imports.preview'> = {
  rows: [{ row: 2, action: 'insert', id: null, values: { name: 'Завод', country: 'AZ' }, names: {}, issues: [] }],
  issues: [],
  errors: 0,
  warnings: 0,
  unresolved: [],
  counts: { insert: 5000, update: 0, skip: 0, invalid: 0 },
  ready: true,
};

/** A shell whose commit runs until it is cancelled, reporting progress on the way. */
function fakeShell() {
  const calls: { method: string; input: Record<string, unknown> }[] = [];
  const listeners = new Map<string, (payload: unknown) => void>();
  let finishCommit: (r: Result<unknown>) => void = () => {};
  const bridge: Bridge = {
    invoke: async (method, input) => {
      calls.push({ method, input: input as Record<string, unknown> });
      if (method === 'app.info') return { ok: true, value: { version: '0', shell: 'chromium', platform: 'linux', userDataDir: '/tmp', nativeDialogs: false } };
      if (method === 'imports.inspect') return { ok: true, value: INSPECTION };
      if (method === 'imports.preview') return { ok: true, value: PREVIEW };
      if (method === 'imports.commit') return new Promise((resolve) => (finishCommit = resolve));
      if (method === 'imports.cancel') {
        finishCommit({ ok: true, value: { status: 'cancelled' } });
        return { ok: true, value: { cancelled: true } };
      }
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: method } };
    },
    on: (event, callback) => {
      listeners.set(event, callback as (payload: unknown) => void);
      return () => listeners.delete(event);
    },
  };
  return { client: createClient(bridge), calls, emit: (event: string, payload: unknown) => listeners.get(event)?.(payload) };
}

describe('the import wizard', () => {
  it('shows the guesses, maps a column, shows progress while committing and cancels that commit', async () => {
    const shell = fakeShell();
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <ImportWizard client={shell.client} table="projects" onClose={() => {}} />
      </I18nextProvider>,
    );
    const path = screen.getByLabelText('File to import (CSV or XLSX)');
    fireEvent.change(path, { target: { value: '/data/big.csv' } });
    fireEvent.submit(path.closest('form')!);

    await screen.findByText('Windows-1251 (Cyrillic): an uncertain guess; check the preview and choose another if letters look wrong.');
    expect((screen.getByLabelText('Numbers in the file') as HTMLSelectElement).value).toBe('decimal-comma');
    screen.getByText('Not mapped yet, needed for new records: Name.');
    fireEvent.change(screen.getByLabelText('Field for column Название'), { target: { value: 'name' } });

    fireEvent.click(screen.getByRole('button', { name: 'Check rows' }));
    const importButton = await screen.findByRole('button', { name: 'Import 5,000 records' });
    expect(shell.calls.find((c) => c.method === 'imports.preview')?.input).toMatchObject({ file: '/data/big.csv', table: 'projects', mapping: ['name', 'country'], numberFormat: 'decimal-comma' });

    fireEvent.click(importButton);
    await waitFor(() => expect(shell.calls.some((c) => c.method === 'imports.commit')).toBe(true));
    const ticket = shell.calls.find((c) => c.method === 'imports.commit')!.input.ticket;
    act(() => shell.emit('imports.progress', { ticket: 'someone-else', phase: 'writing', done: 4000, total: 5000 }));
    act(() => shell.emit('imports.progress', { ticket, phase: 'writing', done: 1000, total: 5000 }));
    const bar = screen.getByRole('progressbar', { name: 'Writing rows…' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([1000, 5000]);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    await screen.findByText('The import was cancelled; nothing was changed.');
    expect(shell.calls.find((c) => c.method === 'imports.cancel')?.input).toEqual({ ticket });
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
