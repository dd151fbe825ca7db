import type { Observation, Project } from './entities';

export interface FieldIssue {
  field: string;
  message: string;
  /** A stable name for the rule, so a view can say it in the analyst's language; params fill its text. */
  code?: string;
  params?: Record<string, string | number>;
}

type ProjectValues = Omit<Project, 'id' | 'version' | 'createdAt' | 'updatedAt'>;
type ObservationValues = Omit<Observation, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

const yearOf = (date: string | null) => (date ? Number(date.slice(0, 4)) : null);

/**
 * Whether partial date a is surely before b: compared only to the precision both have, so that
 * "2024" (some time in 2024) is not taken to be before "2024-05".
 */
const before = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
};

/** Rules that span several fields of a project; single-field rules live in the zod schema. */
export function projectIssues(p: ProjectValues): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const range = (low: keyof ProjectValues, central: keyof ProjectValues, high: keyof ProjectValues) => {
    const [l, c, h] = [p[low], p[central], p[high]] as (number | null)[];
    if (l != null && c != null && l > c) {
      issues.push({ field: low, message: `must not exceed ${central} (${c})`, code: 'lowAboveCentral', params: { other: central, value: c } });
    }
    if (h != null && c != null && h < c) {
      issues.push({ field: high, message: `must not be below ${central} (${c})`, code: 'highBelowCentral', params: { other: central, value: c } });
    }
    if (l != null && h != null && l > h) {
      issues.push({ field: low, message: `must not exceed ${high} (${h})`, code: 'lowAboveHigh', params: { other: high, value: h } });
    }
  };
  range('abatementLowKt', 'abatementKt', 'abatementHighKt');
  range('capexLow', 'capex', 'capexHigh');
  const signed = yearOf(p.signedOn);
  if (signed != null && p.startYear != null && p.startYear < signed) {
    issues.push({
      field: 'startYear',
      message: `must not be before the signing year ${signed}`,
      code: 'startBeforeSigning',
      params: { year: signed },
    });
  }
  if (p.signedOn && p.fidOn && before(p.fidOn, p.signedOn)) {
    issues.push({
      field: 'fidOn',
      message: `must not be before the signing date ${p.signedOn}`,
      code: 'fidBeforeSigning',
      params: { date: p.signedOn },
    });
  }
  if (p.localisationTargetPct != null && p.localisationTargetYear == null) {
    issues.push({ field: 'localisationTargetYear', message: 'is required when a localisation target is set', code: 'targetYearRequired' });
  }
  return issues;
}

/**
 * An observation is about a record (initiative, cluster, project) or about a country, never both:
 * the same rule as the table's CHECK constraint, said per field.
 */
export function observationIssues(o: ObservationValues): FieldIssue[] {
  if (o.subjectType === 'country') {
    const issues: FieldIssue[] = [];
    if (o.country == null) issues.push({ field: 'country', message: 'is required when the subject is a country', code: 'countryRequired' });
    if (o.subjectId != null) {
      issues.push({ field: 'subjectId', message: 'must be empty when the subject is a country', code: 'subjectNotForCountry' });
    }
    return issues;
  }
  return o.subjectId == null
    ? [{ field: 'subjectId', message: `must name the ${o.subjectType} this value is about`, code: 'subjectRequired', params: { type: o.subjectType } }]
    : [];
}
