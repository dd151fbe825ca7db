import { projectStages, type ProjectStage } from '../schema/enums';
import { defaultAssumptions, stageRank } from './defaults';
import type { Assumptions, Override, OverrideField, ProjectInput, ScenarioDef } from './types';

export type Level = 'project' | 'cluster' | 'global';

/** Where an effective value comes from, so the analyst can see why a number is what it is. */
export type Provenance =
  | { from: 'scenario' | 'parent'; scenarioId: number; scenarioName: string; level: Level }
  | { from: 'project' }
  | { from: 'default' };

export interface Resolved<T> {
  value: T;
  from: Provenance;
}

/** The values the method uses for one project in one scenario. */
export interface Effective {
  include: boolean;
  startYear: number | null;
  delayYears: number;
  abatementFactor: number;
  capexFactor: number;
  rampUpYears: number;
  probabilityPct: number;
  localisationTargetPct: number | null;
  localisationTargetYear: number | null;
  abatementKt: number | null;
  capex: number | null;
  jobsConstruction: number | null;
  jobsPermanent: number | null;
  localisationCurrentPct: number | null;
}

export type Explained = { [K in keyof Effective]: Resolved<Effective[K]> };

type Scalar = Exclude<keyof Assumptions, 'stageProbabilityPct'>;
export type GlobalsExplained = { [K in Scalar]: Resolved<Assumptions[K]> } & {
  stageProbabilityPct: Record<ProjectStage, Resolved<number>>;
};

const FROM_PROJECT: Provenance = Object.freeze({ from: 'project' });
const FROM_DEFAULT: Provenance = Object.freeze({ from: 'default' });

const scalarKeys = Object.keys(defaultAssumptions).filter((k) => k !== 'stageProbabilityPct') as Scalar[];

function layerProvenance(chain: readonly ScenarioDef[], level: Level): Provenance[] {
  return chain.map((s, i) => Object.freeze({ from: i === 0 ? 'scenario' : 'parent', scenarioId: s.id, scenarioName: s.name, level }));
}

/** Each global assumption: the nearest scenario in the chain that sets it, otherwise the default. */
export function resolveGlobals(chain: readonly ScenarioDef[]): GlobalsExplained {
  const from = layerProvenance(chain, 'global');
  const pick = <T>(get: (s: ScenarioDef) => T | undefined, fallback: T): Resolved<T> => {
    const i = chain.findIndex((s) => get(s) !== undefined);
    return i < 0 ? { value: fallback, from: FROM_DEFAULT } : { value: get(chain[i]) as T, from: from[i] };
  };
  const globals = Object.fromEntries(
    scalarKeys.map((k) => [k, pick((s) => s.assumptions[k], defaultAssumptions[k])]),
  ) as { [K in Scalar]: Resolved<Assumptions[K]> };
  const stageProbabilityPct = Object.fromEntries(
    projectStages.map((st) => [st, pick((s) => s.assumptions.stageProbabilityPct?.[st], defaultAssumptions.stageProbabilityPct[st])]),
  ) as Record<ProjectStage, Resolved<number>>;
  return { ...globals, stageProbabilityPct };
}

export interface Resolver {
  globals: GlobalsExplained;
  explain(p: ProjectInput): Explained;
}

type Layer = [Partial<Override>, Provenance];

function find<F extends OverrideField>(layers: Layer[] | null, field: F): Resolved<Override[F]> | undefined {
  if (layers) {
    for (const [o, from] of layers) {
      const value = o[field];
      if (value != null) return { value: value as Override[F], from };
    }
  }
  return undefined;
}

const record = <T>(value: T | null): Resolved<T> | undefined => (value == null ? undefined : { value, from: FROM_PROJECT });
const UNKNOWN: Resolved<null> = Object.freeze({ value: null, from: FROM_DEFAULT });
const COUNTED: Resolved<boolean> = Object.freeze({ value: true, from: FROM_DEFAULT });
const CANCELLED: Resolved<boolean> = Object.freeze({ value: false, from: FROM_DEFAULT });

/**
 * Precedence for a project's value: this scenario's project override, this scenario's cluster
 * override, then each parent in turn (project, then cluster), then the project record, then the
 * global assumptions of the chain (nearest first), then the defaults. The most specific value wins;
 * values are never multiplied together.
 */
export function createResolver(chain: readonly ScenarioDef[]): Resolver {
  const globals = resolveGlobals(chain);
  const fromProject = layerProvenance(chain, 'project');
  const fromCluster = layerProvenance(chain, 'cluster');
  const { minStage, signedOnly } = globals;
  const beforeMinStage: Resolved<boolean> = { value: false, from: minStage.from };
  const unsigned: Resolved<boolean> = { value: false, from: signedOnly.from };

  const included = (p: ProjectInput): Resolved<boolean> => {
    if (p.stage === 'cancelled') return CANCELLED;
    if (minStage.value != null && stageRank(p.stage) < stageRank(minStage.value)) return beforeMinStage;
    if (signedOnly.value && !p.signedOn) return unsigned;
    return COUNTED;
  };

  // Most projects have no override: their layer list stays null and each value falls through at once.
  const layersOf = (p: ProjectInput): Layer[] | null => {
    let layers: Layer[] | null = null;
    for (let i = 0; i < chain.length; i++) {
      const own = chain[i].projectOverrides[p.id];
      if (own) (layers ??= []).push([own, fromProject[i]]);
      const cluster = p.clusterId == null ? undefined : chain[i].clusterOverrides[p.clusterId];
      if (cluster) (layers ??= []).push([cluster, fromCluster[i]]);
    }
    return layers;
  };

  return {
    globals,
    explain(p) {
      const layers = layersOf(p);
      return {
        include: find(layers, 'include') ?? included(p),
        startYear: find(layers, 'startYear') ?? record(p.startYear) ?? UNKNOWN,
        delayYears: find(layers, 'delayYears') ?? globals.delayYears,
        abatementFactor: find(layers, 'abatementFactor') ?? globals.abatementFactor,
        capexFactor: find(layers, 'capexFactor') ?? globals.capexFactor,
        rampUpYears: find(layers, 'rampUpYears') ?? record(p.rampUpYears) ?? globals.rampUpYears,
        probabilityPct: find(layers, 'probabilityPct') ?? globals.stageProbabilityPct[p.stage],
        localisationTargetPct: find(layers, 'localisationTargetPct') ?? record(p.localisationTargetPct) ?? UNKNOWN,
        localisationTargetYear: find(layers, 'localisationTargetYear') ?? record(p.localisationTargetYear) ?? UNKNOWN,
        abatementKt: find(layers, 'abatementKt') ?? record(p.abatementKt) ?? UNKNOWN,
        capex: find(layers, 'capex') ?? record(p.capex) ?? UNKNOWN,
        jobsConstruction: find(layers, 'jobsConstruction') ?? record(p.jobsConstruction) ?? UNKNOWN,
        jobsPermanent: find(layers, 'jobsPermanent') ?? record(p.jobsPermanent) ?? UNKNOWN,
        localisationCurrentPct: find(layers, 'localisationCurrentPct') ?? record(p.localisationCurrentPct) ?? UNKNOWN,
      };
    },
  };
}
