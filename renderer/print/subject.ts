import type { TFunction } from 'i18next';
import type { BriefingDocument } from '../../db/schema/briefing-document';

/** What the briefing is about, in a line: the record's name, the comparison's, or the portfolio. */
export function subjectName(doc: BriefingDocument, t: TFunction<'briefings'>): string {
  const c = doc.content;
  switch (c.template) {
    case 'cluster':
      return c.cluster.name;
    case 'partner':
      return c.partner.name;
    case 'scenarios':
      return c.comparison.name;
    case 'portfolio':
      return c.filters.countries.length + c.filters.categories.length + c.filters.stages.length + c.filters.clusters.length === 0
        ? t('portfolio.wholePortfolio')
        : t('portfolio.selectedPortfolio');
  }
}

/** The day a briefing is dated: its own date, or today for an undated one (as exported). */
export function briefingDate(doc: BriefingDocument, today = new Date()): string {
  if (doc.briefing.date) return doc.briefing.date;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}
