import { gridSuite } from './support/grid-suite';

gridSuite({
  section: 'Projects',
  entity: 'projects',
  label: 'name',
  edit: { row: 'Deposit Management System', field: 'capex', type: '1 250', shows: '1,250', stored: 1250 },
  // From the last stored row: its name is overwritten and two rows are added, all in one step.
  paste: {
    at: 'last',
    text: 'Grid E2E Alpha\tAZ\r\n"Grid E2E Beta\tphase ""one""\nsecond line"\tAE\tEnergy storage\tIdea\r\nGrid E2E Gamma\tIN\tHydrogen\tFeasibility\r\n',
    names: ['Grid E2E Alpha', 'Grid E2E Beta\tphase "one"\nsecond line', 'Grid E2E Gamma'],
  },
  sort: { field: 'stage' },
  filter: {
    field: 'stage',
    apply: (menu) => menu.getByRole('checkbox', { name: 'MoU signed' }).check(),
    query: { filters: [{ field: 'stage', op: 'in', values: ['mou'] }] },
  },
  conflict: { row: 'Electric bus production localisation', field: 'notes' },
});
