import { projectStages } from '../schema/enums';
import { chainIssues } from './chain';
import type { Assumptions, Issue, IssueCode, OverrideField, ProjectInput, RunOptions, ScenarioDef } from './types';

type Check = (v: unknown) => { code: IssueCode; problem: string } | null;

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const got = (v: unknown) => ` (got ${JSON.stringify(v) ?? String(v)})`;

const wholeYears = (max: number): Check => (v) =>
  isInt(v) && v >= 0 && v <= max ? null : { code: 'years', problem: `must be a whole number of years from 0 to ${max}${got(v)}` };
const calendarYear: Check = (v) =>
  isInt(v) && v >= 1900 && v <= 2100 ? null : { code: 'years', problem: `must be a year from 1900 to 2100${got(v)}` };
const factor: Check = (v) => (isNum(v) && v >= 0 ? null : { code: 'factor', problem: `must be a number of 0 or more${got(v)}` });
const amount: Check = (v) => (isNum(v) && v >= 0 ? null : { code: 'amount', problem: `must be a number of 0 or more${got(v)}` });
const count: Check = (v) => (isInt(v) && v >= 0 ? null : { code: 'amount', problem: `must be a whole number of 0 or more${got(v)}` });
const percent = (code: IssueCode): Check => (v) =>
  isNum(v) && v >= 0 && v <= 100 ? null : { code, problem: `must be between 0 and 100 %${got(v)}` };
const boolean: Check = (v) => (typeof v === 'boolean' ? null : { code: 'include', problem: `must be true or false${got(v)}` });

// Typed by field, so a field added to Override or Assumptions does not compile until it has a check.
const overrideChecks: Record<OverrideField, [label: string, check: Check]> = {
  include: ['include', boolean],
  delayYears: ['delay', wholeYears(100)],
  startYear: ['start year', calendarYear],
  abatementFactor: ['abatement factor', factor],
  capexFactor: ['capex factor', factor],
  rampUpYears: ['ramp-up years', wholeYears(30)],
  probabilityPct: ['probability of success', percent('probability')],
  localisationTargetPct: ['localisation target', percent('percent')],
  localisationTargetYear: ['localisation target year', calendarYear],
  abatementKt: ['annual abatement', amount],
  capex: ['capex', amount],
  jobsConstruction: ['number of construction jobs', count],
  jobsPermanent: ['number of permanent jobs', count],
  localisationCurrentPct: ['current localisation share', percent('percent')],
};

const globalChecks: Record<Exclude<keyof Assumptions, 'stageProbabilityPct'>, [label: string, check: Check]> = {
  rampUpYears: ['default ramp-up years', wholeYears(30)],
  abatementFactor: ['abatement factor', factor],
  capexFactor: ['capex factor', factor],
  buildYears: ['build years', wholeYears(30)],
  delayYears: ['delay', wholeYears(100)],
  minStage: [
    'minimum stage',
    (v) => (v === null || (typeof v === 'string' && v !== 'cancelled' && (projectStages as readonly string[]).includes(v))
      ? null
      : { code: 'stage', problem: `must be a stage from idea to operational, or none${got(v)}` }),
  ],
  signedOnly: ['signed projects only', (v) => (typeof v === 'boolean' ? null : { code: 'include', problem: `must be true or false${got(v)}` })],
  currency: ['currency', (v) => (typeof v === 'string' && /^[A-Z]{3}$/.test(v) ? null : { code: 'currency', problem: `must be a three-letter ISO 4217 code${got(v)}` })],
};

function horizonIssues(s: ScenarioDef): Issue[] {
  const issue = (message: string): Issue => ({ severity: 'error', code: 'horizon', scenarioId: s.id, message });
  for (const [label, year] of [['start', s.horizonStart], ['end', s.horizonEnd]] as const) {
    const bad = calendarYear(year);
    if (bad) return [issue(`Scenario “${s.name}”: the horizon ${label} ${bad.problem}.`)];
  }
  if (s.horizonEnd < s.horizonStart) {
    return [issue(`Scenario “${s.name}”: the horizon ends (${s.horizonEnd}) before it starts (${s.horizonStart}).`)];
  }
  return [];
}

function assumptionIssues(s: ScenarioDef): Issue[] {
  const issues: Issue[] = [];
  const where = `Scenario “${s.name}”`;
  for (const [key, value] of Object.entries(s.assumptions)) {
    if (value === undefined) continue;
    if (key === 'stageProbabilityPct') {
      for (const [stage, pct] of Object.entries(value as Record<string, unknown>)) {
        if (pct === undefined) continue;
        if (!(projectStages as readonly string[]).includes(stage)) {
          issues.push({ severity: 'error', code: 'stage', scenarioId: s.id, field: key, message: `${where}: “${stage}” is not a project stage.` });
          continue;
        }
        const bad = percent('probability')(pct);
        if (bad) issues.push({ severity: 'error', code: bad.code, scenarioId: s.id, field: key, message: `${where}: the probability of success at stage ${stage} ${bad.problem}.` });
      }
      continue;
    }
    const known = (globalChecks as Record<string, [string, Check]>)[key];
    if (!known) {
      issues.push({ severity: 'warning', code: 'unknown-field', scenarioId: s.id, field: key, message: `${where}: “${key}” is not an assumption the engine knows; it is ignored.` });
      continue;
    }
    const bad = known[1](value);
    if (bad) issues.push({ severity: 'error', code: bad.code, scenarioId: s.id, field: key, message: `${where}: the ${known[0]} ${bad.problem}.` });
  }
  return issues;
}

function overrideIssues(s: ScenarioDef, projectNames: Map<number, string>, options: RunOptions): Issue[] {
  const issues: Issue[] = [];
  const visit = (kind: 'project' | 'cluster', id: number, o: Record<string, unknown>) => {
    const name = kind === 'project' ? projectNames.get(id) : options.clusterNames?.[id];
    const where = `Scenario “${s.name}”, ${kind} ${name ? `“${name}”` : id}`;
    const ids = kind === 'project' ? { projectId: id } : { clusterId: id };
    if (kind === 'project' && name === undefined) {
      issues.push({ severity: 'warning', code: 'unknown-project', scenarioId: s.id, ...ids, message: `${where}: there is no such project in the portfolio; its overrides are ignored.` });
    }
    for (const [field, value] of Object.entries(o)) {
      if (value == null) continue;
      const known = (overrideChecks as Record<string, [string, Check]>)[field];
      if (!known) {
        issues.push({ severity: 'warning', code: 'unknown-field', scenarioId: s.id, ...ids, field, message: `${where}: “${field}” is not an assumption the engine knows; it is ignored.` });
        continue;
      }
      const bad = known[1](value);
      if (bad) issues.push({ severity: 'error', code: bad.code, scenarioId: s.id, ...ids, field, message: `${where}: the ${known[0]} ${bad.problem}.` });
    }
  };
  for (const [id, o] of Object.entries(s.projectOverrides)) visit('project', Number(id), o);
  for (const [id, o] of Object.entries(s.clusterOverrides)) visit('cluster', Number(id), o);
  return issues;
}

/** A low/central/high range is used only when in order; a missing low or high stands at the central value. */
export const inOrder = (low: number | null, central: number, high: number | null) => (low ?? central) <= central && central <= (high ?? central);

function portfolioIssues(projects: readonly ProjectInput[]): Issue[] {
  const issues: Issue[] = [];
  const rangeIssue = (p: ProjectInput, what: string, low: number | null, central: number | null, high: number | null): Issue => ({
    severity: 'warning',
    code: 'inverted-range',
    projectId: p.id,
    field: what,
    message: `Project “${p.name}”: the ${what} range (low ${low}, central ${central}, high ${high}) is not in order; the range is ignored and the central value used.`,
  });
  for (const p of projects) {
    if (p.abatementKt != null && !inOrder(p.abatementLowKt, p.abatementKt, p.abatementHighKt)) issues.push(rangeIssue(p, 'abatement', p.abatementLowKt, p.abatementKt, p.abatementHighKt));
    if (p.capex != null && !inOrder(p.capexLow, p.capex, p.capexHigh)) issues.push(rangeIssue(p, 'capex', p.capexLow, p.capex, p.capexHigh));
  }
  return issues;
}

/**
 * Everything that makes a run meaningless (errors) or worth a remark (warnings), with messages an
 * analyst can act on. Values a project lacks are not issues: they leave the project out (exclusions.ts).
 */
export function scenarioIssues(chain: readonly ScenarioDef[], projects: readonly ProjectInput[], options: RunOptions = {}): Issue[] {
  const broken = chainIssues(chain);
  if (broken.length) return broken;
  // Names only for the projects the chain overrides: most portfolios have far more projects than overrides.
  const overridden = new Set(chain.flatMap((s) => Object.keys(s.projectOverrides).map(Number)));
  const names = new Map<number, string>();
  if (overridden.size) for (const p of projects) if (overridden.has(p.id)) names.set(p.id, p.name);
  return [
    ...horizonIssues(chain[0]),
    ...chain.flatMap((s) => [...assumptionIssues(s), ...overrideIssues(s, names, options)]),
    ...portfolioIssues(projects),
  ];
}

