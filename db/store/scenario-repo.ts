import { AppError } from '../contract/result';
import type { Scenario } from '../schema';
import type { Db, Statement } from './driver';
import type { EntityRepo } from './entity-repo';
import { UniqueName } from './unique-name';

/** The row as stored: SQLite has no booleans, so the illustrative flag is 0 or 1. */
type Stored = Omit<Scenario, 'illustrative'> & { illustrative: number };
type Values = Record<string, unknown>;

const toRecord = (row: Stored): Scenario => ({ ...row, illustrative: row.illustrative === 1 });

/** The flag as stored; a patch without it leaves it as it is. */
function toStored(values: Values): Values {
  return values.illustrative === undefined ? values : { ...values, illustrative: values.illustrative ? 1 : 0 };
}

/**
 * Scenarios over EntityRepo (versions, change log, parent cycles, the horizon rule, overrides
 * deleted with their scenario), with what EntityRepo does not know: a boolean column, a name used
 * once, and saved comparisons, whose scenarios are a JSON list no foreign key can guard.
 */
export class ScenarioRepo {
  private readonly names: UniqueName;
  private readonly usedBy: Statement;

  constructor(
    db: Db,
    private readonly repo: EntityRepo<Stored>,
  ) {
    this.names = new UniqueName(db, 'scenarios', 'scenario');
    this.usedBy = db.prepare(`SELECT name FROM comparisons c
      WHERE EXISTS (SELECT 1 FROM json_each(c.scenario_ids) WHERE value = ?) ORDER BY name COLLATE NOCASE`);
  }

  get(id: number): Scenario | undefined {
    const row = this.repo.get(id);
    return row && toRecord(row);
  }

  require(id: number): Scenario {
    return toRecord(this.repo.require(id));
  }

  create(values: Values): Scenario {
    this.names.check(values.name);
    // Assumptions left out are all inherited: an empty object, which the table requires to be one.
    return toRecord(this.repo.create(toStored({ illustrative: false, ...values, assumptions: values.assumptions ?? {} })));
  }

  update(id: number, version: number, patch: Values): Scenario {
    this.names.check(patch.name, id);
    return toRecord(this.repo.updateVersioned(id, version, toStored(patch)));
  }

  delete(id: number, version: number): { id: number } {
    const comparisons = (this.usedBy.all(id) as { name: string }[]).map((c) => c.name);
    if (comparisons.length) {
      const name = this.get(id)?.name ?? String(id);
      throw new AppError(
        'CONSTRAINT',
        `"${name}" cannot be deleted while ${comparisons.length} saved comparison${comparisons.length === 1 ? '' : 's'} show${comparisons.length === 1 ? 's' : ''} it: ${comparisons.map((c) => `"${c}"`).join(', ')}.`,
        { dependents: [{ table: 'comparisons', count: comparisons.length }], comparisons },
      );
    }
    return this.repo.deleteVersioned(id, version);
  }
}
