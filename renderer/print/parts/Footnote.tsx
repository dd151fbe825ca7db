import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useBriefing } from '../context';
import type { NoteFacts } from '../model/notes';
import { Plain } from './Plain';

/**
 * The numbered note under a figure or table: the sources behind its values, by their number in the
 * list at the end, and the word "assumption" for values no source backs.
 */
export function Footnote({ n, facts }: { n: number; facts: NoteFacts }) {
  const { t } = useTranslation('briefings');
  const { doc, sourceNumber } = useBriefing();
  const sources = facts.sources.flatMap((id) => {
    const source = doc.sources.find((s) => s.id === id);
    const number = sourceNumber(id);
    return source && number !== undefined ? [{ number, source }] : [];
  }).sort((a, b) => a.number - b.number);
  return (
    <p className="doc-footnote" id={`note-${n}`}>
      <span className="doc-note-mark">{n}</span>{' '}
      {sources.length > 0 && (
        <>
          {t('notes.sources', { count: sources.length })}{' '}
          {sources.map(({ number, source }, i) => (
            <Fragment key={source.id}>
              {i > 0 && '; '}[{number}] <Plain text={source.title} />
            </Fragment>
          ))}
          .{' '}
        </>
      )}
      {sources.length === 0 && t('notes.assumption')}
      {sources.length > 0 && facts.unsourced > 0 && t('notes.partlyAssumption', { count: facts.unsourced })}
      {facts.illustrative && <> {t('notes.illustrative')}</>}
    </p>
  );
}
