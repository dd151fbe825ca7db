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
function fakeShell(inspection: Result<MethodOutput<'imports.inspect'>> = { ok: true, value: INSPECTION }, preview = PREVIEW) {
  const calls: { method: string; input: Record<string, unknown> }[] = [];
  const listeners = new Map<string, (payload: unknown) => void>();
  let finishCommit: (r: Result<unknown>) => void = () => {};
  const bridge: Bridge = {
    invoke: async (method, input) => {
      calls.push({ method, input: input as Record<string, unknown> });
      if (method === 'app.info') return { ok: true, value: { version: '0', shell: 'chromium', platform: 'linux', userDataDir: '/tmp', nativeDialogs: false } };
      if (method === 'imports.inspect') return inspection;
      if (method === 'imports.preview') return { ok: true, value: preview };
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

  it('says the validation report in the analyst\'s language, with the file\'s numbers and names kept apart', async () => {
    const ragged = {
      row: 4,
      column: null,
      value: 'Завод;AZ;x',
      code: 'csv.tooManyValues' as const,
      params: { count: 3, columns: 2, delimiter: 'semicolon' },
      problem: 'has 3 values but the header has 2 columns.',
      severity: 'error' as const,
    };
    const inspection: MethodOutput<'imports.inspect'> = { ...INSPECTION, issues: [ragged] };
    const preview: MethodOutput<'imports.preview'> = {
      ...PREVIEW,
      ready: false,
      errors: 3,
      issues: [
        {
          row: null,
          column: 'Country',
          value: '',
          code: 'mapping.requiredUnmapped' as const,
          params: { table: 'projects', field: 'country' },
          problem: 'is needed to add new projects, but no column is mapped to it.',
          severity: 'error' as const,
        },
        { row: 3, column: 'Кластер', value: 'Парк', code: 'reference.unresolved' as const, params: { table: 'clusters' }, problem: 'matches no cluster.', severity: 'error' as const },
        { row: 5, column: 'Название', value: 'Завод', code: 'match.sameRecord' as const, params: { row: 2 }, problem: 'matches the same record as row 2; keep one of the two rows', severity: 'error' as const },
      ],
    };
    const shell = fakeShell({ ok: true, value: inspection }, preview);
    render(
      <I18nextProvider i18n={createI18n('ru')}>
        <ImportWizard client={shell.client} table="projects" onClose={() => {}} />
      </I18nextProvider>,
    );
    const path = screen.getByLabelText('Файл для импорта (CSV или XLSX)');
    fireEvent.change(path, { target: { value: '/data/big.csv' } });
    fireEvent.submit(path.closest('form')!);

    const raggedText =
      'содержит 3 значения, а столбцов в заголовке: 2. Вероятно, в значении есть разделитель без кавычек: Точка с запятой ( ; ). Заключите значение в кавычки или выберите другой разделитель.';
    const cell = await screen.findByText(raggedText);
    expect(cell.getAttribute('lang')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Проверить строки' }));
    await screen.findByText(
      'не совпадает ни с одной записью в таблице «кластеры». Сначала добавьте её, исправьте название или выберите оставлять неизвестные ссылки пустыми',
    );
    screen.getByText('совпадает с той же записью, что и строка 2; оставьте одну из двух строк');
    const unmapped = screen.getByText(/^нужно для добавления новых записей в таблицу «проекты»/).closest('tr')!;
    // The field is named in Russian too, not by its English label.
    expect(unmapped.textContent).toContain('Страна');
    expect(unmapped.textContent).not.toContain('Country');
    expect(screen.queryByText(/matches|is needed/)).toBeNull();
  });

  it('says why a whole file was refused in Arabic, with the file name kept left to right', async () => {
    const refused: Result<MethodOutput<'imports.inspect'>> = {
      ok: false,
      error: { code: 'VALIDATION', message: '"bomb.xlsx" was refused: it declares 1000 times its size.', details: { file: 'bomb.xlsx', reason: 'zip-bomb' } },
    };
    const shell = fakeShell(refused);
    render(
      <I18nextProvider i18n={createI18n('ar')}>
        <ImportWizard client={shell.client} table="projects" onClose={() => {}} />
      </I18nextProvider>,
    );
    const path = screen.getByLabelText('الملف المراد استيراده (CSV أو XLSX)');
    fireEvent.change(path, { target: { value: '/data/bomb.xlsx' } });
    fireEvent.submit(path.closest('form')!);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('رُفض «\u2066bomb.xlsx\u2069»: عند فك ضغطه ينتج بيانات أكثر بكثير مما يحويه أي مصنف');
    expect(alert.textContent).not.toContain('was refused');
  });

  it('says report problems in Arabic with the plural form for two, and isolates what the file wrote', async () => {
    const issues: MethodOutput<'imports.inspect'>['issues'] = [
      { row: 4, column: null, value: 'a,b', code: 'csv.tooFewValues', params: { count: 2, columns: 3 }, problem: 'has 2 values but the header has 3 columns.', severity: 'error' },
      { row: 5, column: 'Capex', value: '#DIV/0!', code: 'xlsx.cellError', params: { error: '#DIV/0!' }, problem: 'holds the Excel error #DIV/0!', severity: 'error' },
    ];
    const shell = fakeShell({ ok: true, value: { ...INSPECTION, issues } });
    render(
      <I18nextProvider i18n={createI18n('ar')}>
        <ImportWizard client={shell.client} table="projects" onClose={() => {}} />
      </I18nextProvider>,
    );
    const path = screen.getByLabelText('الملف المراد استيراده (CSV أو XLSX)');
    fireEvent.change(path, { target: { value: '/data/big.csv' } });
    fireEvent.submit(path.closest('form')!);

    await screen.findByText(/^فيه قيمتان، لكن عدد أعمدة العنوان/);
    // In a right-to-left sentence the error code is isolated, so "#DIV/0!" keeps its order.
    screen.getByText('يحتوي على خطأ Excel \u200f\u2066#DIV/0!\u2069؛ صحّح الخلية في المصنف');
  });
});
