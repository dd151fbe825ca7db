import type { Draft } from './draft';

/** What a grid action changes, and so what its undo step restores: the overrides, not the other fields. */
export type OverridesSnapshot = Pick<Draft, 'projectOverrides' | 'clusterOverrides'>;

export const overridesOf = (d: Draft): OverridesSnapshot => ({ projectOverrides: d.projectOverrides, clusterOverrides: d.clusterOverrides });

/**
 * Only the overrides are restored, so undoing a grid action never takes back a name or an
 * assumption typed since.
 */
export const withOverrides = (d: Draft, s: OverridesSnapshot): Draft => ({ ...d, ...s });

/** JSON with sorted keys: the store may give the fields of an override in another order than the draft has them. */
const canonical = (v: unknown): string =>
  v !== null && typeof v === 'object'
    ? `{${Object.keys(v)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
        .join(',')}}`
    : JSON.stringify(v);

export const sameOverrides = (a: Draft, b: Draft): boolean => canonical(overridesOf(a)) === canonical(overridesOf(b));
