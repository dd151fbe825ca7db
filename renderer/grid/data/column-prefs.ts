/** What an analyst chose for one table's columns; kept per table on this computer. */
export interface ColumnPrefs {
  hidden: string[];
  widths: Record<string, number>;
}

export const MIN_WIDTH = 60;
export const MAX_WIDTH = 800;

const key = (table: string) => `clusterdesk.grid.${table}.columns`;

export function readColumnPrefs(table: string): ColumnPrefs {
  try {
    const raw = JSON.parse(localStorage.getItem(key(table)) ?? 'null') as Partial<ColumnPrefs> | null;
    const hidden = Array.isArray(raw?.hidden) ? raw.hidden.filter((f): f is string => typeof f === 'string') : [];
    const widths = Object.fromEntries(
      Object.entries(raw?.widths ?? {}).filter(([, w]) => typeof w === 'number' && w >= MIN_WIDTH && w <= MAX_WIDTH),
    ) as Record<string, number>;
    return { hidden, widths };
  } catch {
    // A damaged preference is forgotten, not fatal.
    return { hidden: [], widths: {} };
  }
}

export function saveColumnPrefs(table: string, prefs: ColumnPrefs): void {
  try {
    localStorage.setItem(key(table), JSON.stringify(prefs));
  } catch {
    // Storage full or denied: the choice lasts for this window only.
  }
}
