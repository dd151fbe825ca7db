import { useTranslation } from 'react-i18next';
import { HelpMenu } from '../help/HelpMenu';
import { settingsHref } from '../routing/routes';
import type { Services } from '../services';
import { LanguageSelect } from './LanguageSelect';

const baseName = (path: string) => path.split(/[\\/]/).pop() || path;

export function Header({ file, services }: { file: string; services: Services }) {
  const { t } = useTranslation();
  const { t: tApp } = useTranslation('app');
  return (
    <header className="app-header">
      <span className="app-name">{t('app.name')}</span>
      <span className="workspace-file" title={file} data-testid="workspace-file">
        <span className="visually-hidden">{t('app.workspaceFile')} </span>
        <span dir="ltr">{baseName(file)}</span>
      </span>
      <LanguageSelect settings={services.settings} />
      <a className="header-link" href={settingsHref}>
        {tApp('header.settings')}
      </a>
      <HelpMenu dialogs={services.dialogs} shell={services.shell} />
    </header>
  );
}
