import { AppError } from '../contract/result';
import { defaultComparisonSettings, type ComparisonRecord } from '../schema';
import type { Db, Statement } from './driver';
import type { EntityRepo } from './entity-repo';
import { UniqueName } from './unique-name';

type Values = Record<string, unknown>;

/** Saved comparisons over EntityRepo, with the checks a JSON list of scenarios needs: each one exists. */
export class ComparisonRepo {
  private readonly names: UniqueName;
  private readonly scenario: Statement;

  constructor(
    db: Db,
    readonly repo: EntityRepo<ComparisonRecord>,
  ) {
    this.names = new UniqueName(db, 'comparisons', 'saved comparison');
    this.scenario = db.prepare('SELECT 1 FROM scenarios WHERE id = ?');
  }

  create(values: Values): ComparisonRecord {
    this.check(values);
    return this.repo.create({ ...values, settings: values.settings ?? defaultComparisonSettings });
  }

  update(id: number, version: number, patch: Values): ComparisonRecord {
    this.check(patch, id);
    return this.repo.updateVersioned(id, version, patch);
  }

  private check(values: Values, id?: number): void {
    this.names.check(values.name, id);
    const ids = (values.scenarioIds as number[] | undefined) ?? [];
    const missing = ids.filter((s) => !this.scenario.get(s));
    if (missing.length) {
      throw new AppError('VALIDATION', `scenarioIds: no scenario with id ${missing.join(', ')}; it may have been deleted.`, {
        issues: [{ field: 'scenarioIds', message: 'refers to a scenario that does not exist', code: 'missingReference' }],
      });
    }
  }
}
