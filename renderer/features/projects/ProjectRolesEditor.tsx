import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { projectRoles, type ProjectRole } from '../../../db/schema/enums';
import type { ProjectRoleRow } from '../../../db/schema/relations';
import type { Client } from '../../api/client';
import { useFormat } from '../../app/i18n/use-format';
import type { Option } from '../../grid/columns/types';
import type { ReferenceCache } from '../../grid/data/references';
import { parseNumberText } from '../../grid/model/number-text';
import { RecordPicker } from '../../grid/panel/RecordPicker';
import { useAction } from '../../grid/panel/use-action';
import { ErrorNotice } from '../shared/ErrorNotice';

/** Reads a share typed in the language's conventions; empty is "not known". */
function useShare() {
  const { t } = useTranslation();
  const separators = { decimal: t('format.decimalSeparator'), group: t('format.groupSeparator') };
  return (text: string) => (text.trim() === '' ? null : parseNumberText(text.replace('%', ''), separators));
}

function RoleLine({ role, client, onRun }: { role: ProjectRoleRow; client: Client; onRun: ReturnType<typeof useAction>['run'] }) {
  const { t } = useTranslation();
  const { t: tg } = useTranslation('grid');
  const format = useFormat();
  const parse = useShare();
  const [share, setShare] = useState(role.sharePct === null ? '' : format.number(role.sharePct));
  const roleLabel = t(`enum.projectRole.${role.role}`);
  return (
    <li>
      <bdi>{role.partnerName}</bdi> <span className="meta">{roleLabel}</span>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const sharePct = parse(share);
          void onRun(() => client.api('roles.update', { id: role.id, sharePct: sharePct ?? null }));
        }}
      >
        <input
          type="text"
          inputMode="decimal"
          aria-label={tg('panel.shareOf', { name: role.partnerName, role: roleLabel })}
          value={share}
          onChange={(e) => setShare(e.target.value)}
          size={6}
        />
        <button type="submit">{tg('panel.saveShare')}</button>
        <button
          type="button"
          className="link-button"
          aria-label={tg('panel.removeRole', { name: role.partnerName, role: roleLabel })}
          onClick={() => void onRun(() => client.api('roles.delete', { id: role.id }))}
        >
          {tg('panel.remove')}
        </button>
      </form>
    </li>
  );
}

/** A project's partners with their roles and shares, each editable; a share over 100 % in total is refused by the store. */
export function ProjectRolesEditor({ client, references, projectId, roles }: { client: Client; references: ReferenceCache; projectId: number; roles: readonly ProjectRoleRow[] }) {
  const { t } = useTranslation();
  const { t: tg } = useTranslation('grid');
  const action = useAction();
  const parse = useShare();
  const [partner, setPartner] = useState<Option | null>(null);
  const [role, setRole] = useState<ProjectRole>('lead');
  const [share, setShare] = useState('');

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!partner) return;
    const sharePct = parse(share);
    const ok = await action.run(() => client.api('roles.create', { projectId, partnerId: Number(partner.value), role, sharePct }));
    if (ok) {
      setPartner(null);
      setShare('');
    }
  };

  return (
    <div>
      {roles.length === 0 ? (
        <p className="muted">{tg('panel.noneYet')}</p>
      ) : (
        <ul className="relation-list">
          {roles.map((r) => (
            <RoleLine key={`${r.id}:${r.sharePct}`} role={r} client={client} onRun={action.run} />
          ))}
        </ul>
      )}
      <form className="panel-form" onSubmit={(e) => void add(e)} aria-label={tg('panel.addPartner')}>
        <RecordPicker label={tg('panel.partner')} target="partners" references={references} value={partner} onChange={setPartner} />
        <label>
          {tg('panel.role')}{' '}
          <select value={role} onChange={(e) => setRole(e.target.value as ProjectRole)}>
            {projectRoles.map((r) => (
              <option key={r} value={r}>
                {t(`enum.projectRole.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tg('panel.share')} <input type="text" inputMode="decimal" value={share} onChange={(e) => setShare(e.target.value)} size={6} />
        </label>
        <button type="submit" disabled={!partner || action.busy}>
          {tg('panel.addPartner')}
        </button>
      </form>
      {action.error && <ErrorNotice error={action.error} />}
    </div>
  );
}
