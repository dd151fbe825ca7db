import { memo, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingDocument } from '../../db/schema/briefing-document';
import { BriefingContext, briefingContext } from './context';
import { Contents } from './parts/Contents';
import { Cover } from './parts/Cover';
import { Plain } from './parts/Plain';
import { subjectName } from './subject';
import { ClusterBrief } from './templates/ClusterBrief';
import { PartnerDigest } from './templates/PartnerDigest';
import { PortfolioOverview } from './templates/PortfolioOverview';
import { ScenarioComparison } from './templates/ScenarioComparison';

/**
 * The template's sections, drawn again only for another document: the second print of a long
 * briefing changes only its contents page, and redrawing every chart and table for it would cost
 * the printer a layout of the whole document.
 */
const Body = memo(function Body({ content: c }: { content: BriefingDocument['content'] }) {
  return (
    <main className="doc-body">
      {c.template === 'cluster' && <ClusterBrief content={c} />}
      {c.template === 'portfolio' && <PortfolioOverview content={c} />}
      {c.template === 'scenarios' && <ScenarioComparison content={c} />}
      {c.template === 'partner' && <PartnerDigest content={c} />}
    </main>
  );
});

interface Props {
  doc: BriefingDocument;
  /** The dated day, formatted in the briefing's language. */
  date: string;
  /** Page numbers of the contents entries; null prints no table of contents. */
  toc: readonly (number | null)[] | null;
}

/**
 * A briefing as it prints: cover, contents when long enough, the template's sections and the list
 * of sources. The print route renders it for the printer; the editor renders the same component
 * as its preview. It must sit inside an i18n provider in the briefing's language.
 */
export function BriefingView({ doc, date, toc }: Props) {
  const { t } = useTranslation('briefings');
  const root = useRef<HTMLDivElement>(null);
  const getRoot = useCallback(() => root.current, []);
  const context = useMemo(() => briefingContext(doc), [doc]);
  return (
    <BriefingContext.Provider value={context}>
      <div ref={root} className="briefing" lang={doc.language} dir={doc.language === 'ar' ? 'rtl' : 'ltr'}>
        <Cover subject={<Plain text={subjectName(doc, t)} />} date={date} />
        {toc && <Contents pages={toc} root={getRoot} />}
        <Body content={doc.content} />
      </div>
    </BriefingContext.Provider>
  );
}
