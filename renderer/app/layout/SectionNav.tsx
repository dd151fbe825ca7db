import { useTranslation } from 'react-i18next';
import { listHref, sections, type Route } from '../routing/routes';

export function SectionNav({ route }: { route: Route }) {
  const { t } = useTranslation();
  const current = route.kind === 'list' || route.kind === 'record' ? route.section : null;
  return (
    <nav className="section-nav" aria-label={t('nav.label')}>
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <a href={listHref(section)} aria-current={section === current ? 'page' : undefined}>
              {t(`sections.${section}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
