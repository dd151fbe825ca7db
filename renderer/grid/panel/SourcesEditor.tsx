import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkableEntity } from '../../../db/schema/enums';
import type { SourceLinkRow } from '../../../db/schema/relations';
import type { Client } from '../../api/client';
import { ErrorNotice } from '../../features/shared/ErrorNotice';
import type { Option } from '../columns/types';
import type { ReferenceCache } from '../data/references';
import { RecordPicker } from './RecordPicker';
import { useAction } from './use-action';

interface Props {
  client: Client;
  references: ReferenceCache;
  entityType: LinkableEntity;
  entityId: number;
  links: readonly SourceLinkRow[];
  fields: readonly { field: string; label: string }[];
}

/** The sources behind a record or one of its fields: each listed with what it backs, removable; a new one linked by picking it. */
export function SourcesEditor({ client, references, entityType, entityId, links, fields }: Props) {
  const { t } = useTranslation('grid');
  const [source, setSource] = useState<Option | null>(null);
  const [field, setField] = useState('');
  const [note, setNote] = useState('');
  const action = useAction();
  const fieldId = useId();
  const noteId = useId();
  const labelOf = (f: string | null) => (f ? (fields.find((x) => x.field === f)?.label ?? f) : t('panel.wholeRecord'));

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!source) return;
    const ok = await action.run(() =>
      client.api('sourceLinks.create', { sourceId: Number(source.value), entityType, entityId, field: field || null, note: note.trim() || null }),
    );
    if (ok) {
      setSource(null);
      setNote('');
    }
  };

  return (
    <div className="sources-editor">
      {links.length === 0 ? (
        <p className="muted">{t('panel.noSources')}</p>
      ) : (
        <ul className="relation-list">
          {links.map((l) => (
            <li key={l.id}>
              <bdi>{l.sourceTitle}</bdi> <span className="meta">{t('panel.backs', { field: labelOf(l.field) })}</span>
              {l.note && (
                <span className="note">
                  <bdi>{l.note}</bdi>
                </span>
              )}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={t('panel.unlinkSource', { title: l.sourceTitle })}
                onClick={() => void action.run(() => client.api('sourceLinks.delete', { id: l.id }))}
              >
                {t('panel.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="panel-form" onSubmit={(e) => void add(e)} aria-label={t('panel.linkSource')}>
        <RecordPicker label={t('panel.source')} target="sources" references={references} value={source} onChange={setSource} />
        <label htmlFor={fieldId}>{t('panel.field')}</label>
        <select id={fieldId} value={field} onChange={(e) => setField(e.target.value)}>
          <option value="">{t('panel.wholeRecord')}</option>
          {fields.map((f) => (
            <option key={f.field} value={f.field}>
              {f.label}
            </option>
          ))}
        </select>
        <label htmlFor={noteId}>{t('panel.note')}</label>
        <input id={noteId} type="text" value={note} onChange={(e) => setNote(e.target.value)} dir="auto" />
        <button type="submit" disabled={!source || action.busy}>
          {t('panel.linkSource')}
        </button>
      </form>
      {action.error && <ErrorNotice error={action.error} />}
    </div>
  );
}
