import { useTranslation } from 'react-i18next';
import { LanguageSelect } from './LanguageSelect';

const baseName = (path: string) => path.split(/[\\/]/).pop() || path;

export function Header({ file }: { file: string }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <span className="app-name">{t('app.name')}</span>
      <span className="workspace-file" title={file} data-testid="workspace-file">
        <span className="visually-hidden">{t('app.workspaceFile')} </span>
        <span dir="ltr">{baseName(file)}</span>
      </span>
      <LanguageSelect />
    </header>
  );
}
