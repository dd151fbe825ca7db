import { Database } from '../../db/store/driver';
import { describe, expect, test } from 'vitest';
import { latestSchemaVersion, migrations } from '../../db/migrations';
import { APPLICATION_ID } from '../../db/store/header';
import { migrate } from '../../db/store/migrate';

const open = () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
};
const pragma = (db: Database.Database, name: string) => db.pragma(name, { simple: true });
const now = '2025-01-01T00:00:00.000Z';

describe('migrations', () => {
  test('the application id is "CLDS"', () => {
    expect(APPLICATION_ID).toBe(0x434c4453);
    expect(latestSchemaVersion).toBe(migrations.length);
    expect(migrations.length).toBeGreaterThan(0);
  });

  test('applied from an empty file they give the latest version, our application id and a sound database', () => {
    const db = open();
    expect(migrate(db)).toBe(latestSchemaVersion);
    expect(pragma(db, 'user_version')).toBe(latestSchemaVersion);
    expect(pragma(db, 'application_id')).toBe(0x434c4453);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    db.close();
  });

  // One case per migration, so a migration added to db/migrations/index.ts is tested here unchanged.
  test.each(migrations.map((_, i) => i + 1))('migration %i applies to a file at the version before it', (version) => {
    const db = open();
    migrate(db, version - 1);
    expect(pragma(db, 'user_version')).toBe(version - 1);
    const schemaOf = () => db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all();
    const schemaBefore = schemaOf();

    expect(migrate(db, version)).toBe(version);
    expect(pragma(db, 'user_version')).toBe(version);
    expect(pragma(db, 'application_id')).toBe(APPLICATION_ID);
    expect(schemaOf(), 'the migration changed no table or index').not.toEqual(schemaBefore);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    db.close();
  });

  test('migrating a file that is already at the latest version changes nothing', () => {
    const db = open();
    migrate(db);
    const schema = db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all();
    expect(migrate(db)).toBe(latestSchemaVersion);
    expect(db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all()).toEqual(schema);
    db.close();
  });

  describe('the latest schema enforces its rules in SQLite itself', () => {
    const withSchema = () => {
      const db = open();
      migrate(db);
      db.prepare("INSERT INTO clusters (id, name, country, kind, created_at, updated_at) VALUES (1, 'Sumgait', 'AZ', 'chemical_park', ?, ?)").run(now, now);
      return db;
    };
    const insertProject = (db: Database.Database, columns: Record<string, unknown>) => {
      const row = { name: 'Plant', country: 'AZ', category: 'hydrogen', stage: 'idea', created_at: now, updated_at: now, ...columns };
      const names = Object.keys(row);
      db.prepare(`INSERT INTO projects (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(row);
    };

    test('a valid row is accepted', () => {
      const db = withSchema();
      insertProject(db, { capex: 10, cluster_id: 1 });
      expect(db.prepare('SELECT count(*) AS n FROM projects').get()).toEqual({ n: 1 });
    });

    test.each([
      ['a negative capex', { capex: -1 }],
      ['an unknown stage', { stage: 'dreaming' }],
      ['an unknown category', { category: 'magic' }],
      ['a lower-case country', { country: 'az' }],
      ['a blank name', { name: '   ' }],
      ['a start year out of range', { start_year: 1850 }],
      ['a localisation share above 100 %', { localisation_current_pct: 101 }],
      ['text in a number column (STRICT tables)', { capex: 'a lot' }],
    ])('%s is refused with a CHECK or type error', (_what, columns) => {
      const db = withSchema();
      expect(() => insertProject(db, columns)).toThrow(/CHECK constraint failed|cannot store/);
      expect(db.prepare('SELECT count(*) AS n FROM projects').get()).toEqual({ n: 0 });
    });

    test('a reference to a missing cluster is refused by the foreign key', () => {
      const db = withSchema();
      expect(() => insertProject(db, { cluster_id: 99 })).toThrow(/FOREIGN KEY constraint failed/);
    });

    test('a cluster with projects cannot be deleted behind the store\'s back', () => {
      const db = withSchema();
      insertProject(db, { cluster_id: 1 });
      expect(() => db.prepare('DELETE FROM clusters WHERE id = 1').run()).toThrow(/FOREIGN KEY constraint failed/);
    });

    test('clusters.sectors must be a JSON array', () => {
      const db = withSchema();
      expect(() => db.prepare("UPDATE clusters SET sectors = '{\"a\":1}' WHERE id = 1").run()).toThrow(/CHECK constraint failed/);
      expect(() => db.prepare("UPDATE clusters SET sectors = 'chemicals' WHERE id = 1").run()).toThrow(/CHECK constraint failed/);
    });

    test('every reference column is declared as a foreign key', () => {
      const db = withSchema();
      const fks = (table: string) =>
        (db.pragma(`foreign_key_list(${table})`) as { table: string; from: string }[]).map((f) => `${f.from}->${f.table}`).sort();
      expect(fks('projects')).toEqual(['cluster_id->clusters']);
      expect(fks('clusters')).toEqual(['initiative_id->initiatives', 'lead_partner_id->partners']);
      expect(fks('project_roles')).toEqual(['partner_id->partners', 'project_id->projects']);
      expect(fks('agreement_parties')).toEqual(['agreement_id->agreements', 'partner_id->partners']);
      expect(fks('source_links')).toEqual(['source_id->sources']);
      expect(fks('change_log')).toEqual(['change_set_id->change_sets']);
    });
  });
});
