import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function benchDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'clusterdesk-bench-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const stages = ['idea', 'mou', 'feasibility', 'fid', 'construction', 'operational'] as const;
const categories = ['manufacturing_localisation', 'circularity_waste', 'energy_storage', 'renewable_power', 'hydrogen', 'ccus'] as const;

/** Synthetic, deterministic project rows for load figures; never shown to analysts. */
export function syntheticProject(i: number) {
  return {
    name: `Benchmark project ${String(i).padStart(6, '0')}`,
    country: ['AZ', 'AE', 'IN', 'BR', 'NL'][i % 5],
    category: categories[i % categories.length],
    stage: stages[i % stages.length],
    startYear: 2026 + (i % 10),
    capex: 10 + (i % 500),
    capexCurrency: 'USD',
    abatementKt: 5 + (i % 300),
    rampUpYears: i % 5,
    notes: null,
  };
}
