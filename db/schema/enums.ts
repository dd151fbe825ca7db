import { z } from 'zod';

export const clusterKinds = [
  'industrial_park',
  'port',
  'hydrogen_valley',
  'special_economic_zone',
  'chemical_park',
  'multi_industry',
  'other',
] as const;

export const sectors = [
  'chemicals',
  'refining',
  'cement',
  'steel',
  'aluminium',
  'power',
  'hydrogen',
  'transport',
  'waste',
  'fertilisers',
  'polymers',
  'manufacturing',
  'other',
] as const;

export const projectCategories = [
  'manufacturing_localisation',
  'circularity_waste',
  'energy_storage',
  'renewable_power',
  'hydrogen',
  'ccus',
  'efficiency',
  'transport_electrification',
  'digital',
  'other',
] as const;

/** Ordered: a later stage is further along the pipeline; cancelled stands apart. */
export const projectStages = [
  'idea',
  'mou',
  'feasibility',
  'fid',
  'construction',
  'operational',
  'cancelled',
] as const;

export const confidenceLevels = ['low', 'medium', 'high'] as const;

export const partnerKinds = [
  'ministry',
  'agency',
  'state_owned',
  'private',
  'investment',
  'international',
  'association',
  'academia',
  'other',
] as const;

export const projectRoles = [
  'lead',
  'co_investor',
  'technology_provider',
  'off_taker',
  'financier',
  'government_sponsor',
  'signatory',
] as const;

export const agreementKinds = ['mou', 'moi', 'jv_charter', 'declaration', 'contract', 'other'] as const;

export const agreementStatuses = ['signed', 'in_force', 'completed', 'lapsed', 'cancelled'] as const;

/** Records a source can be linked to; the link may name one field of the record. */
export const linkableEntities = [
  'initiative',
  'cluster',
  'project',
  'partner',
  'agreement',
  'indicator',
  'target',
] as const;

export const indicatorSubjects = ['initiative', 'cluster', 'project', 'country'] as const;

export const briefingTemplates = ['cluster', 'portfolio', 'scenarios', 'partner'] as const;

export const locales = ['en', 'az', 'ru', 'ar'] as const;

export const ClusterKind = z.enum(clusterKinds);
export const Sector = z.enum(sectors);
export const ProjectCategory = z.enum(projectCategories);
export const ProjectStage = z.enum(projectStages);
export const Confidence = z.enum(confidenceLevels);
export const PartnerKind = z.enum(partnerKinds);
export const ProjectRole = z.enum(projectRoles);
export const AgreementKind = z.enum(agreementKinds);
export const AgreementStatus = z.enum(agreementStatuses);
export const LinkableEntity = z.enum(linkableEntities);
export const IndicatorSubject = z.enum(indicatorSubjects);
export const BriefingTemplate = z.enum(briefingTemplates);
export const Locale = z.enum(locales);

export type ClusterKind = z.infer<typeof ClusterKind>;
export type Sector = z.infer<typeof Sector>;
export type ProjectCategory = z.infer<typeof ProjectCategory>;
export type ProjectStage = z.infer<typeof ProjectStage>;
export type Confidence = z.infer<typeof Confidence>;
export type PartnerKind = z.infer<typeof PartnerKind>;
export type ProjectRole = z.infer<typeof ProjectRole>;
export type AgreementKind = z.infer<typeof AgreementKind>;
export type AgreementStatus = z.infer<typeof AgreementStatus>;
export type LinkableEntity = z.infer<typeof LinkableEntity>;
export type IndicatorSubject = z.infer<typeof IndicatorSubject>;
export type BriefingTemplate = z.infer<typeof BriefingTemplate>;
export type Locale = z.infer<typeof Locale>;
