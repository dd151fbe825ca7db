import type { resources } from './resources';

// Keys passed to t() are checked against the English catalogues at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['en'];
  }
}
