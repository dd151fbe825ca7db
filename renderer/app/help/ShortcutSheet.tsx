import { useTranslation } from 'react-i18next';
import { Dialog } from '../dialog/Dialog';
import { sections } from '../routing/routes';
import type { AppInfo } from '../shell/shell-store';
import './help.css';
import { KeyChords } from './KeyChords';
import { shortcutsFor } from './shortcuts';

/** The keyboard-shortcut sheet (F1, "?", Help menu): every key of shortcuts.ts that works in this shell. */
export function ShortcutSheet({ info, onClose }: { info: AppInfo | null; onClose: () => void }) {
  const { t } = useTranslation('app');
  const { t: tBase } = useTranslation();
  const mac = info?.platform === 'darwin';
  // The sections by their numbers (Alt+1 is the first), as they are in the navigation.
  const numbered = sections.map((section, i) => `${i + 1} ${tBase(`sections.${section}`)}`).join(tBase('list.separator'));
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} testId="shortcut-sheet">
      <div className="shortcut-groups">
        {shortcutsFor(info?.shell ?? null).map((group) => (
          <table key={group.id} className="shortcut-table">
            <caption>{t(`shortcuts.group.${group.id}`)}</caption>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">{t('shortcuts.keysColumn')}</th>
                <th scope="col">{t('shortcuts.actionColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {group.shortcuts.map((shortcut) => (
                <tr key={shortcut.action}>
                  <td>
                    <KeyChords chords={shortcut.chords} mac={mac} />
                  </td>
                  <th scope="row">{t(`shortcuts.action.${shortcut.action}`, { sections: numbered })}</th>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Dialog>
  );
}
