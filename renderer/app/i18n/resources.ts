import en from '../../locales/en.json';
import az from '../../locales/az.json';
import ru from '../../locales/ru.json';
import ar from '../../locales/ar.json';

export const resources = {
  en: { translation: en },
  az: { translation: az },
  ru: { translation: ru },
  ar: { translation: ar },
};
