import type { SourceSeed } from '../types';

/**
 * One source per seed text, plus the one public report DOMAIN.md cites for the January 2024
 * initiative totals. Dates are as precise as the text allows; the reliability note says how a
 * date or title was arrived at when the text does not state it.
 */
export const SOURCES = {
  seed000: {
    // The text has no headline: its first sentence serves as the title.
    title: 'Азербайджан стал участником инициативы Всемирного экономического форума (ВЭФ) «Переход к промышленным кластерам»',
    publisher: null,
    publishedOn: '2026-01',
    language: 'ru',
    file: 'seeds/000_1785dcb102f083c3.txt',
    reliability:
      'Russian news text without headline, publisher, author or date; the title is its first sentence. Dated January 2026 ' +
      'from its content (the WEF Annual Meeting in Davos, 39 clusters in 19 countries); the text itself names no year. ' +
      'Initiative totals are attributed to the WEF ("По данным ВЭФ").',
  },
  seed001: {
    title: 'COP29: agreements signed on green economy projects in Azerbaijan',
    publisher: 'Trend',
    publishedOn: '2024-11-27',
    language: 'en',
    file: 'seeds/001_3a68822dddb8dd1c.txt',
    reliability:
      'News agency report datelined "BAKU, Azerbaijan, November 27" (COP29, 2024); the text has no headline, so the title is ' +
      'descriptive. It says the agreements were signed within COP29 but gives no signing day. No amounts are stated.',
  },
  seed002: {
    title: '33 Industrial Clusters Join Forces to Accelerate the Clean Energy Transition',
    publisher: 'CCN News',
    publishedOn: '2025-01-23',
    language: 'en',
    file: 'seeds/002_95e189e525cae277.txt',
    reliability:
      'News summary of a World Economic Forum announcement, restating its totals ("over 4.3 million jobs"); no figures for ' +
      'individual clusters. Contains an advertisement and image credits.',
  },
  seed003: {
    title: '"تحالف الاستدامة الصناعية".. خطوة جديدة للإمارات على طريق COP28',
    publisher: null,
    publishedOn: '2023-02',
    language: 'ar',
    file: 'seeds/003_dd57c47bb05006e2.txt',
    reliability:
      'Arabic news text without publisher or date. Dated February 2023 from its content: the World ' +
      'Government Summit in Dubai "ended yesterday" and the UAE hosts COP28 "later this year".',
  },
  seed004: {
    title: 'Net Zero Industrial Clusters',
    publisher: 'World Economic Forum',
    publishedOn: '2021',
    language: 'en',
    file: 'seeds/004_9df16cb307938137.txt',
    reliability:
      'WEF web page (with French site navigation). Only the copyright line "© 2021" dates it. Background on industrial ' +
      'clusters; gives no figures for clusters or for the initiative.',
  },
  businessFacilities2024: {
    title: '20 Industrial Clusters From 10 Countries Commit to Net Zero',
    publisher: 'Business Facilities',
    publishedOn: '2024-01',
    language: 'en',
    url: 'https://businessfacilities.com',
    reliability:
      'Public trade-press report, the source the ClusterDesk team cites for the January 2024 initiative totals; not among ' +
      'the sample texts and not checked from this offline workspace. Only the site address is recorded, not the article address.',
  },
} satisfies Record<string, SourceSeed>;

export type SourceKey = keyof typeof SOURCES;
