import {
  agreementKinds,
  agreementStatuses,
  clusterKinds,
  confidenceLevels,
  indicatorSubjects,
  partnerKinds,
  projectCategories,
  projectStages,
  sectors,
} from '../schema';

/** The tables a CSV or XLSX file can be imported into. */
export const importTables = ['clusters', 'projects', 'partners', 'agreements', 'sources', 'indicators'] as const;
export type ImportTable = (typeof importTables)[number];

/** Tables a reference column can name a record of, by its name (or title). */
export type RefTable = 'clusters' | 'projects' | 'partners' | 'sources' | 'initiatives';

export type FieldKind =
  | { type: 'id' }
  | { type: 'text'; max: number }
  | { type: 'number' }
  | { type: 'integer' }
  | { type: 'percent' }
  | { type: 'date' }
  | { type: 'country' }
  | { type: 'code'; case: 'upper' | 'lower' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'enumList'; values: readonly string[] }
  | { type: 'ref'; table: RefTable }
  /** An indicator's subject: a name looked up in the table its subject type names. */
  | { type: 'subject' };

export interface ImportField {
  /** The key a column maps to. */
  key: string;
  /** The English label, shown in the mapping and matched against headers. */
  label: string;
  /** The stored field the value lands in; a reference column named "cluster" stores clusterId. */
  stored: string;
  kind: FieldKind;
  /** Needed to create a record; an update may leave it out. */
  required: boolean;
}

const f = (key: string, label: string, kind: FieldKind, options: { required?: boolean; stored?: string } = {}): ImportField => ({
  key,
  label,
  kind,
  stored: options.stored ?? key,
  required: options.required ?? false,
});

const text = (max: number): FieldKind => ({ type: 'text', max });
const num: FieldKind = { type: 'number' };
const int: FieldKind = { type: 'integer' };
const pct: FieldKind = { type: 'percent' };
const date: FieldKind = { type: 'date' };
const oneOf = (values: readonly string[]): FieldKind => ({ type: 'enum', values });
const ref = (table: RefTable): FieldKind => ({ type: 'ref', table });
const id = f('id', 'ID', { type: 'id' });
const notes = f('notes', 'Notes', text(5000));

/**
 * The columns of each importable table, in the order exports write them. Reference fields take the
 * referenced record's name; tests check that every editable field of db/schema is covered.
 */
export const importFields: Record<ImportTable, readonly ImportField[]> = {
  clusters: [
    id,
    f('name', 'Name', text(300), { required: true }),
    f('nameLocal', 'Local name', text(300)),
    f('country', 'Country', { type: 'country' }, { required: true }),
    f('location', 'Location', text(300)),
    f('kind', 'Kind', oneOf(clusterKinds), { required: true }),
    f('sectors', 'Sectors', { type: 'enumList', values: sectors }),
    f('leadPartner', 'Lead partner', ref('partners'), { stored: 'leadPartnerId' }),
    f('initiative', 'Initiative', ref('initiatives'), { stored: 'initiativeId' }),
    f('joinedOn', 'Joined on', date),
    f('joinedEvent', 'Joined at event', text(300)),
    f('netZeroCommitment', 'Net-zero commitment', text(500)),
    f('baselineMt', 'Emissions baseline (Mt CO2e/yr)', num),
    f('baselineYear', 'Baseline year', int),
    f('reductionPotentialMt', 'Reduction potential (Mt CO2e/yr)', num),
    f('gdpUsdBn', 'GDP contribution (USD bn)', num),
    f('jobs', 'Jobs', int),
    notes,
  ],
  projects: [
    id,
    f('name', 'Name', text(300), { required: true }),
    f('cluster', 'Cluster', ref('clusters'), { stored: 'clusterId' }),
    f('country', 'Country', { type: 'country' }, { required: true }),
    f('category', 'Category', oneOf(projectCategories), { required: true }),
    f('stage', 'Stage', oneOf(projectStages), { required: true }),
    f('signedOn', 'Signed on', date),
    f('fidOn', 'FID on', date),
    f('startYear', 'Start year', int),
    f('capex', 'Capex', num),
    f('capexLow', 'Capex low', num),
    f('capexHigh', 'Capex high', num),
    f('capexCurrency', 'Capex currency', { type: 'code', case: 'upper' }),
    f('capexPriceYear', 'Capex price year', int),
    f('abatementKt', 'Abatement (kt CO2e/yr)', num),
    f('abatementLowKt', 'Abatement low (kt CO2e/yr)', num),
    f('abatementHighKt', 'Abatement high (kt CO2e/yr)', num),
    f('rampUpYears', 'Ramp-up years', int),
    f('jobsConstruction', 'Construction jobs', int),
    f('jobsPermanent', 'Permanent jobs', int),
    f('localisationCurrentPct', 'Localisation now (%)', pct),
    f('localisationTargetPct', 'Localisation target (%)', pct),
    f('localisationTargetYear', 'Localisation target year', int),
    f('confidence', 'Confidence', oneOf(confidenceLevels)),
    notes,
  ],
  partners: [
    id,
    f('name', 'Name', text(300), { required: true }),
    f('shortName', 'Short name', text(100)),
    f('kind', 'Kind', oneOf(partnerKinds), { required: true }),
    f('country', 'Country', { type: 'country' }),
    f('parent', 'Parent organisation', ref('partners'), { stored: 'parentId' }),
    notes,
  ],
  agreements: [
    id,
    f('title', 'Title', text(300), { required: true }),
    f('kind', 'Kind', oneOf(agreementKinds), { required: true }),
    f('signedOn', 'Signed on', date),
    f('event', 'Event', text(300)),
    f('status', 'Status', oneOf(agreementStatuses), { required: true }),
    notes,
  ],
  sources: [
    id,
    f('title', 'Title', text(300), { required: true }),
    f('publisher', 'Publisher', text(300)),
    f('publishedOn', 'Published on', date),
    f('language', 'Language', { type: 'code', case: 'lower' }),
    f('url', 'Address (URL)', text(2000)),
    f('file', 'File', text(1000)),
    f('reliability', 'Reliability', text(1000)),
  ],
  indicators: [
    id,
    f('subjectType', 'Subject type', oneOf(indicatorSubjects), { required: true }),
    f('subject', 'Subject', { type: 'subject' }, { stored: 'subjectId' }),
    f('country', 'Country', { type: 'country' }),
    f('metric', 'Metric', text(200), { required: true }),
    f('year', 'Year', int, { required: true }),
    f('observedOn', 'Observed on', date),
    f('value', 'Value', num, { required: true }),
    f('unit', 'Unit', text(50), { required: true }),
    f('source', 'Source', ref('sources'), { stored: 'sourceId' }),
  ],
};

/** The field that names a record, used to match rows to existing records and in messages. */
export const labelField: Record<ImportTable, string | null> = {
  clusters: 'name',
  projects: 'name',
  partners: 'name',
  agreements: 'title',
  sources: 'title',
  indicators: null,
};
