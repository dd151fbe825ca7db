import { describe, expect, test } from 'vitest';
import { autoMap, checkMapping, importFields, importTables, mappingKey, rememberMapping } from '../../../db/io';
import { entityFields, IndicatorInput } from '../../../db/schema';

describe('autoMap', () => {
  test('matches field names, labels and labels without units, ignoring case, accents, spaces and punctuation', () => {
    const header = ['NAME', 'cluster', 'Country', 'category', 'Stage', 'Capex (low)', 'capex_high', 'Abatement', 'Ramp-up years', 'Unrelated', 'Nâme'];
    const { mapping, remembered } = autoMap('projects', header);
    expect(remembered).toBe(false);
    expect(mapping).toEqual(['name', 'cluster', 'country', 'category', 'stage', 'capexLow', 'capexHigh', 'abatementKt', 'rampUpYears', null, null]);
  });

  test('reference columns match by the stored field and "<label> name" too', () => {
    expect(autoMap('projects', ['clusterId']).mapping).toEqual(['cluster']);
    expect(autoMap('partners', ['Parent organisation name']).mapping).toEqual(['parent']);
  });

  test('a remembered mapping wins for the same header row, and only for it', () => {
    const header = ['Наименование', 'Страна', 'Тип'];
    const memory = rememberMapping({}, 'partners', header, ['name', 'country', 'kind']);
    expect(autoMap('partners', header, memory)).toEqual({ mapping: ['name', 'country', 'kind'], remembered: true });
    expect(autoMap('partners', [' наименование ', 'СТРАНА', 'тип'], memory).remembered).toBe(true);
    expect(autoMap('clusters', header, memory).remembered).toBe(false);
    expect(autoMap('partners', [...header, 'Extra'], memory).remembered).toBe(false);
  });

  test('a remembered mapping that names unknown fields keeps the rest', () => {
    const header = ['a', 'b'];
    const memory = { [mappingKey('sources', header)]: ['title', 'retiredField'] };
    expect(autoMap('sources', header, memory).mapping).toEqual(['title', null]);
  });

  test('memory keys cannot reach the prototype', () => {
    expect(autoMap('sources', ['constructor']).mapping).toEqual([null]);
  });
});

describe('checkMapping', () => {
  test('two columns for one field, and unknown fields, are mapping errors', () => {
    const issues = checkMapping('sources', ['Title', 'Name', 'X'], ['title', 'title', 'nope']);
    expect(issues.map((i) => [i.column, i.severity])).toEqual([
      ['Name', 'error'],
      ['X', 'error'],
    ]);
    expect(issues[0].problem).toMatch(/column "Title" both fill Title/);
  });
});

describe('importFields', () => {
  test('cover every editable field of each table, once', () => {
    const stored = (t: (typeof importTables)[number]) => importFields[t].map((f) => f.stored).filter((s) => s !== 'id').sort();
    for (const [table, schema] of Object.entries(entityFields)) expect(stored(table as never), table).toEqual(Object.keys(schema.shape).sort());
    expect(stored('indicators')).toEqual(Object.keys(IndicatorInput.shape).sort());
  });
});
