import { gridSuite } from './support/grid-suite';

gridSuite({
  section: 'Agreements',
  entity: 'agreements',
  label: 'title',
  edit: { row: 'Charter of Ecostar LLC', field: 'event', type: 'COP29, Baku', shows: 'COP29, Baku', stored: 'COP29, Baku' },
  paste: {
    at: 'new',
    text: 'Grid E2E Alpha\tMemorandum of understanding\tSigned\r\n"Grid E2E Beta\tdraft\nsecond line"\tDeclaration\tIn force\r\n',
    names: ['Grid E2E Alpha', 'Grid E2E Beta\tdraft\nsecond line'],
  },
  sort: { field: 'signedOn' },
  filter: {
    field: 'kind',
    apply: (menu) => menu.getByRole('checkbox', { name: 'Memorandum of understanding' }).check(),
    query: { filters: [{ field: 'kind', op: 'in', values: ['mou'] }] },
  },
  conflict: { row: 'Baku Coalition Declaration of SMEs for the Green Climate Transition', field: 'notes' },
});
