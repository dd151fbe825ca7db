import type { BriefingTemplate, Locale } from '../../schema';
import type { ClusterKey } from './clusters';
import type { PartnerKey } from './partners';
import type { ScenarioKey } from './scenarios';

/** The marking of every sample briefing: the sample is a draft built from public texts, not a release. */
export const SAMPLE_MARKING = 'DRAFT — RESTRICTED';

/**
 * The saved comparison the scenario briefing prints: the sample's three scenarios side by side,
 * with the comparison view's default choices.
 */
export const SAMPLE_COMPARISON = {
  name: 'Sample scenarios compared',
  scenarios: ['onTime', 'batteryDelay', 'pastFid'] as ScenarioKey[],
};

type Subject = { cluster: ClusterKey } | { partner: PartnerKey } | { portfolio: true } | { comparison: true };

export interface BriefingSeed {
  template: BriefingTemplate;
  subject: Subject;
  language: Locale;
}

/**
 * One saved briefing per template, named after it, so `npm run brief -- --briefing cluster` works on
 * a sample workspace. They are undated (dated on the day of export) and carry no author: the seeds
 * name no analyst. Their languages differ to show each one; an export may ask for another.
 */
export const BRIEFINGS = {
  cluster: { template: 'cluster', subject: { cluster: 'sumgait' }, language: 'en' },
  portfolio: { template: 'portfolio', subject: { portfolio: true }, language: 'az' },
  scenarios: { template: 'scenarios', subject: { comparison: true }, language: 'ru' },
  partner: { template: 'partner', subject: { partner: 'aic' }, language: 'ar' },
} satisfies Record<string, BriefingSeed>;
