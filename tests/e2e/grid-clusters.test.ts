import { gridSuite } from './support/grid-suite';

gridSuite({
  section: 'Clusters',
  entity: 'clusters',
  label: 'name',
  edit: { row: 'Port of Rotterdam', field: 'location', type: 'Rotterdam-Rijnmond', shows: 'Rotterdam-Rijnmond', stored: 'Rotterdam-Rijnmond' },
  paste: {
    at: 'new',
    text: 'Grid E2E Alpha\tNL\tPort-anchored cluster\r\n"Grid E2E Beta\twith tab\nsecond line"\tAZ\tIndustrial park\r\n',
    names: ['Grid E2E Alpha', 'Grid E2E Beta\twith tab\nsecond line'],
  },
  sort: { field: 'country' },
  filter: {
    field: 'kind',
    apply: (menu) => menu.getByRole('checkbox', { name: 'Port-anchored cluster' }).check(),
    query: { filters: [{ field: 'kind', op: 'in', values: ['port'] }] },
  },
  conflict: { row: 'Kakinada Cluster', field: 'location' },
});
