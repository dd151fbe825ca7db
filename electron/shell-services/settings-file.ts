import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Settings, type Settings as SettingsValue } from '../../db/schema/settings';

/**
 * The analyst's settings as a small JSON file in the user-data folder. A missing, unreadable or
 * partly invalid file falls back to defaults field by field; writes go to a temporary name first.
 */
export class SettingsFile {
  private cached: SettingsValue | null = null;

  constructor(readonly file: string) {}

  read(): SettingsValue {
    if (this.cached) return this.cached;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(this.file, 'utf8'), (key, value: unknown) => (key === '__proto__' ? undefined : value));
    } catch {
      raw = {};
    }
    const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const defaults = Settings.parse({});
    const merged = Object.fromEntries(
      Object.keys(defaults).map((key) => {
        const one = Settings.shape[key as keyof SettingsValue].safeParse(source[key]);
        return [key, one.success ? one.data : defaults[key as keyof SettingsValue]];
      }),
    );
    this.cached = Settings.parse(merged);
    return this.cached;
  }

  update(patch: Partial<SettingsValue>): SettingsValue {
    const next = Settings.parse({ ...this.read(), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) });
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, this.file);
    this.cached = next;
    return next;
  }
}
