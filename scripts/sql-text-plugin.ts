import type { Plugin } from 'vite';

/** Loads migration .sql files as strings, as the esbuild bundles do with their text loader. */
export function sqlText(): Plugin {
  return {
    name: 'clusterdesk-sql-text',
    transform(code, id) {
      if (id.endsWith('.sql')) return { code: `export default ${JSON.stringify(code)};`, map: null };
      return null;
    },
  };
}
