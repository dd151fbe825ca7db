import type { z } from 'zod';
import type {
  AgreementFields,
  ClusterFields,
  InitiativeFields,
  PartnerFields,
  ProjectFields,
  ProjectRole,
  SourceFields,
} from '../schema';

/**
 * Shapes of the sample data. Records refer to each other by a stable key (the property name in
 * their table), never by numeric id: fill.ts creates them in order and resolves keys to ids.
 * K is the key union of the table referred to, so a misspelt key fails to compile.
 */

/** A record is backed by a source as a whole; the note says what the source adds or qualifies. */
export type Cite<S extends string> = S | { source: S; note: string };

/** At least one source per record: a fact without a source does not enter the sample. */
export type Cites<S extends string> = [Cite<S>, ...Cite<S>[]];

/** A source for one field of a record: every figure carries one. */
export interface FieldCite<S extends string, F> {
  field: F;
  source: S;
  note?: string;
}

export type SourceSeed = z.input<typeof SourceFields>;

export type InitiativeSeed<S extends string> = z.input<typeof InitiativeFields> & {
  cite: Cites<S>;
  fields?: FieldCite<S, keyof z.input<typeof InitiativeFields>>[];
};

/** parent names a partner declared earlier in the same table (checked when the sample is filled). */
export type PartnerSeed<S extends string> = Omit<z.input<typeof PartnerFields>, 'parentId'> & {
  parent?: string;
  cite: Cites<S>;
  fields?: FieldCite<S, keyof z.input<typeof PartnerFields>>[];
};

export type ClusterSeed<S extends string, P extends string, I extends string> = Omit<
  z.input<typeof ClusterFields>,
  'leadPartnerId' | 'initiativeId'
> & {
  lead?: P;
  initiative?: I;
  cite: Cites<S>;
  fields?: FieldCite<S, keyof z.input<typeof ClusterFields>>[];
};

export interface RoleSeed<P extends string> {
  partner: P;
  role: ProjectRole;
  sharePct?: number;
}

export type ProjectSeed<S extends string, P extends string, C extends string> = Omit<z.input<typeof ProjectFields>, 'clusterId'> & {
  cluster?: C;
  roles: RoleSeed<P>[];
  cite: Cites<S>;
  fields?: FieldCite<S, keyof z.input<typeof ProjectFields>>[];
};

export interface PartySeed<P extends string> {
  partner: P;
  signatoryName?: string;
  signatoryTitle?: string;
}

export type AgreementSeed<S extends string, P extends string, Pr extends string, C extends string> = z.input<
  typeof AgreementFields
> & {
  parties: [PartySeed<P>, ...PartySeed<P>[]];
  projects?: Pr[];
  clusters?: C[];
  cite: Cites<S>;
};

/** An indicator observation; its source is required, the note qualifies the value as the text does. */
export interface IndicatorSeed<S extends string, I extends string> {
  subject: { initiative: I } | { country: string };
  metric: string;
  year: number;
  observedOn?: string;
  value: number;
  unit: string;
  source: S;
  note?: string;
}
