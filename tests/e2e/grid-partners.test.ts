import { gridSuite } from './support/grid-suite';

gridSuite({
  section: 'Partners',
  entity: 'partners',
  label: 'name',
  edit: { row: 'Accenture', field: 'shortName', type: 'ACN', shows: 'ACN', stored: 'ACN' },
  paste: {
    at: 'new',
    text: 'Grid E2E Alpha\t\tPrivate company\r\n"Grid E2E Beta\tGmbH\nBerlin office"\tGE\tPrivate company\r\n',
    names: ['Grid E2E Alpha', 'Grid E2E Beta\tGmbH\nBerlin office'],
  },
  sort: { field: 'kind' },
  filter: {
    field: 'country',
    apply: (menu) => menu.getByRole('textbox', { name: 'Codes or names, separated by commas' }).fill('United Arab Emirates'),
    query: { filters: [{ field: 'country', op: 'in', values: ['AE'] }] },
  },
  conflict: { row: 'Accenture', field: 'notes' },
});
