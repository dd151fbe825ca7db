import { formatFigure, type BenchCase, type Figure } from './harness';
import { gridBench } from './grid.bench';
import { backup, csvExport, csvImport, xlsxExport, xlsxImport } from './io.bench';
import { pdfPortfolio20p } from './pdf.bench';
import { storeInsert, storeList } from './store.bench';
import { scenarioMonteCarlo, scenarioRun10k } from './scenario.bench';

/** Every benchmark; `npm run bench -- PREFIX` runs those whose name starts with PREFIX. */
const cases: BenchCase[] = [storeInsert, storeList, scenarioRun10k, scenarioMonteCarlo, csvImport, xlsxImport, csvExport, xlsxExport, backup, gridBench, pdfPortfolio20p];

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const prefixes = argv.filter((a) => !a.startsWith('--'));
  const selected = cases.filter((c) => prefixes.length === 0 || prefixes.some((p) => c.name.startsWith(p)));
  if (selected.length === 0) {
    console.error(`No benchmark matches ${prefixes.join(', ')}. Known: ${cases.map((c) => c.name).join(', ')}`);
    process.exit(2);
  }
  const figures: Figure[] = [];
  for (const c of selected) {
    const results = await c.run();
    figures.push(...results);
    if (!json) results.forEach((f) => console.log(formatFigure(f)));
  }
  if (json) console.log(JSON.stringify({ figures }, null, 2));
}

main().catch((err: unknown) => {
  console.error(`Benchmark failed: ${(err as Error).message}`);
  process.exit(1);
});
