import { gridSuite } from './support/grid-suite';

gridSuite({
  section: 'Indicators',
  entity: 'observations',
  label: 'metric',
  edit: { row: 'technology projects target', field: 'value', type: '1200', shows: '1,200', stored: 1200 },
  paste: {
    at: 'new',
    text: 'Country\t\tAZ\tGrid E2E Alpha\t2024\t1.5\tMt CO2e\r\nCountry\t\tAZ\t"Grid E2E Beta\twith tab\nsecond line"\t2025\t2\tMt CO2e\r\n',
    names: ['Grid E2E Alpha', 'Grid E2E Beta\twith tab\nsecond line'],
  },
  sort: { field: 'year' },
  filter: {
    field: 'value',
    apply: async (menu) => {
      await menu.getByRole('textbox', { name: 'From' }).fill('500');
      await menu.getByRole('textbox', { name: 'To' }).fill('1000');
    },
    query: { filters: [{ field: 'value', op: 'range', min: 500, max: 1000 }] },
  },
  conflict: { row: 'technology projects target', field: 'unit' },
});
