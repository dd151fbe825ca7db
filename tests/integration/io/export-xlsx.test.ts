import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { entityExport, toXlsx, type ExportTable } from '../../../db/io';
import { fillEveryTable } from './fill';
import { useIoWorkspace } from './support';

const workspace = useIoWorkspace();

async function load(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

const table: ExportTable = {
  name: 'Results: 2030/2050 [P50]',
  columns: [
    { key: 'name', header: 'Name', type: 'text' },
    { key: 'value', header: 'Abatement (kt CO2e/yr)', type: 'number' },
    { key: 'jobs', header: 'Jobs', type: 'integer' },
    { key: 'on', header: 'Signed on', type: 'date' },
    { key: 'ok', header: 'Operating', type: 'boolean' },
  ],
  rows: [
    { name: '=1+1', value: -12.5, jobs: 1200, on: '2024-11-12', ok: true },
    { name: 'A much longer project name that sets the width of the column', value: 0.1 + 0.2, jobs: null, on: '2024-11', ok: false },
  ],
};

describe('toXlsx', () => {
  test('writes typed cells under a bold, frozen header, with fitted column widths', async () => {
    const wb = await load(await toXlsx([table]));
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Results  2030 2050  P50');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).values).toEqual([undefined, 'Name', 'Abatement (kt CO2e/yr)', 'Jobs', 'Signed on', 'Operating']);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A2').value).toBe("'=1+1");
    expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B2').value).toBe(-12.5);
    expect(ws.getCell('B3').value).toBe(0.30000000000000004);
    expect(ws.getCell('C2').value).toBe(1200);
    expect(ws.getCell('C2').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('D2').value).toEqual(new Date('2024-11-12T00:00:00Z'));
    expect(ws.getCell('D2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('D3').value).toBe('2024-11');
    expect(ws.getCell('E2').value).toBe(true);
    expect(ws.getColumn(1).width).toBe(60);
    expect(ws.getColumn(5).width).toBe(11);
  });

  test('one sheet per table, with distinct names', async () => {
    const wb = await load(await toXlsx([table, table, { ...table, name: '' }]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Results  2030 2050  P50', 'Results  2030 2050  P50 2', 'Sheet']);
  });

  test('a workspace table exports with references by name and formula-like text escaped', async () => {
    const io = workspace();
    fillEveryTable(io.ws);
    const wb = await load(await toXlsx([entityExport(io.ws, 'projects', { query: { filters: [{ field: 'stage', op: 'eq', value: 'mou' }] } })]));
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(2);
    const row = Object.fromEntries((ws.getRow(1).values as string[]).slice(1).map((h, i) => [h, ws.getRow(2).getCell(i + 1).value]));
    expect(row).toMatchObject({ ID: 1, Name: 'Electric bus production', Cluster: 'Sumgait Industrial Park "NextGen"', Capex: 120.5, Notes: "'-40 % imports; @BYD, SARDA" });
  });

  test('a view larger than one page comes out whole, filtered and in the order asked', () => {
    const io = workspace();
    io.ws.write('seed', () => {
      for (let i = 0; i < 2500; i++) io.ws.repos.partners.create({ name: `Partner ${String(i).padStart(4, '0')}`, kind: i % 2 ? 'private' : 'agency' });
    });
    const view = entityExport(io.ws, 'partners', { query: { filters: [{ field: 'kind', op: 'eq', value: 'private' }], sort: { field: 'name', dir: 'desc' } }, columns: ['name', 'kind'] });
    expect(view.columns.map((c) => c.header)).toEqual(['Name', 'Kind']);
    expect(view.rows).toHaveLength(1250);
    expect(view.rows[0]).toEqual({ name: 'Partner 2499', kind: 'private' });
    expect(view.rows.at(-1)).toEqual({ name: 'Partner 0001', kind: 'private' });
  });
});
