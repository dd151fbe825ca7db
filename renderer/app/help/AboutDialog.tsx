import { useTranslation } from 'react-i18next';
import { Dialog } from '../dialog/Dialog';
import type { AppInfo, ShellStore } from '../shell/shell-store';
import './help.css';
import { ShowInFolderButton } from './ShowInFolderButton';

/** Operating systems by their own names, the same in every language. */
const PLATFORMS: Record<string, string> = { darwin: 'macOS', win32: 'Windows', linux: 'Linux' };

/** Version, shell, platform and the open workspace file: what a support call asks first. */
export function AboutDialog({ info, file, shell, onClose }: { info: AppInfo | null; file: string | null; shell: ShellStore; onClose: () => void }) {
  const { t } = useTranslation('app');
  const unknown = t('about.unknown');
  return (
    <Dialog title={t('about.title')} onClose={onClose} testId="about-box">
      <p>{t('about.description')}</p>
      <dl className="about-facts">
        <dt>{t('about.version')}</dt>
        <dd dir="ltr" data-testid="about-version">
          {info?.version ?? unknown}
        </dd>
        <dt>{t('about.shell')}</dt>
        <dd>{info ? t(`about.shells.${info.shell}`) : unknown}</dd>
        <dt>{t('about.platform')}</dt>
        <dd>{info ? (PLATFORMS[info.platform] ?? info.platform) : unknown}</dd>
        <dt>{t('about.workspaceFile')}</dt>
        <dd data-testid="about-workspace-file">{file ? <span className="address" dir="ltr">{file}</span> : t('about.noWorkspace')}</dd>
      </dl>
      <ShowInFolderButton shell={shell} />
    </Dialog>
  );
}
