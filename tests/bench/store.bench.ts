import { join } from 'node:path';
import { IN_PROCESS_SENDER, inProcessRouter } from '../../electron/router/in-process';
import { openDriver } from '../../db/store/driver';
import { createWorkspaceFile } from '../../db/store/open';
import { benchDir, syntheticProject } from './fixtures';
import { figure, medianMs, timeMs, type BenchCase } from './harness';

const N = 100_000;

async function seededRouter(dir: string) {
  const { router, host } = inProcessRouter();
  const file = join(dir, 'bench.clusterdesk');
  await router.handle(IN_PROCESS_SENDER, 'workspace.create', { file, sample: false });
  return { router, host, file };
}

export const storeInsert: BenchCase = {
  name: 'store.insert100k',
  async run() {
    const tmp = benchDir();
    try {
      const { router, host } = await seededRouter(tmp.dir);
      const viaHandlers = await timeMs(async () => {
        for (let i = 0; i < N; i++) {
          const r = await router.handle(IN_PROCESS_SENDER, 'projects.create', syntheticProject(i));
          if (!r.ok) throw new Error(r.error.message);
        }
      });
      host.close();

      const raw = createWorkspaceFile(join(tmp.dir, 'raw.clusterdesk'));
      const insert = raw.prepare(
        `INSERT INTO projects (name, country, category, stage, start_year, capex, capex_currency, abatement_kt, ramp_up_years, notes, created_at, updated_at)
         VALUES (@name, @country, @category, @stage, @startYear, @capex, @capexCurrency, @abatementKt, @rampUpYears, @notes, @at, @at)`,
      );
      const baseline = await timeMs(() =>
        raw.transaction(() => {
          const at = new Date().toISOString();
          for (let i = 0; i < N; i++) insert.run({ ...syntheticProject(i), at });
        })(),
      );
      raw.close();
      return [figure('store.insert100k', viaHandlers, 'ms', 'raw prepared statements, one transaction', baseline)];
    } finally {
      tmp.remove();
    }
  },
};

export const storeList: BenchCase = {
  name: 'store.list100k',
  async run() {
    const tmp = benchDir();
    try {
      const { router, host, file } = await seededRouter(tmp.dir);
      host.close();
      const db = openDriver(file);
      const insert = db.prepare(
        `INSERT INTO projects (name, country, category, stage, created_at, updated_at) VALUES (@name, @country, @category, @stage, 'x', 'x')`,
      );
      db.transaction(() => {
        for (let i = 0; i < N; i++) insert.run(syntheticProject(i));
      })();
      db.close();
      await router.handle(IN_PROCESS_SENDER, 'workspace.open', { file });
      const query = { filters: [{ field: 'name', op: 'contains', value: '7' }], sort: { field: 'name', dir: 'asc' }, limit: 100 };
      const first = await router.handle(IN_PROCESS_SENDER, 'projects.list', query);
      if (!first.ok) throw new Error(first.error.message);
      const viaHandlers = await medianMs(21, () => router.handle(IN_PROCESS_SENDER, 'projects.list', query));
      host.close();

      const raw = openDriver(file, { readonly: true });
      const page = raw.prepare(`SELECT * FROM projects WHERE name LIKE '%7%' ORDER BY name COLLATE NOCASE LIMIT 100`);
      const count = raw.prepare(`SELECT count(*) FROM projects WHERE name LIKE '%7%'`);
      const baseline = await medianMs(21, () => (page.all(), count.get()));
      raw.close();
      return [figure('store.list100k', viaHandlers, 'ms', 'the same page and count in raw SQL', baseline)];
    } finally {
      tmp.remove();
    }
  },
};
