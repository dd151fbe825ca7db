import { gridSuite } from './support/grid-suite';

gridSuite({
  section: 'Sources',
  entity: 'sources',
  label: 'title',
  edit: { row: 'Net Zero Industrial Clusters', field: 'reliability', type: 'Trade press', shows: 'Trade press', stored: 'Trade press' },
  paste: {
    at: 'new',
    text: 'Grid E2E Alpha\r\n"Grid E2E Beta\tannex\nsecond line"\tMinistry of Economy\r\n',
    names: ['Grid E2E Alpha', 'Grid E2E Beta\tannex\nsecond line'],
  },
  sort: { field: 'publishedOn' },
  filter: {
    field: 'publisher',
    apply: (menu) => menu.getByRole('textbox', { name: 'Contains' }).fill('World'),
    query: { filters: [{ field: 'publisher', op: 'contains', value: 'World' }] },
  },
  conflict: { row: '33 Industrial Clusters Join Forces to Accelerate the Clean Energy Transition', field: 'file' },
});
