import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdf } from '../support/pdf-read';
import { distDir, tempDir } from './support/shell';
import { rmSync } from 'node:fs';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run brief -- …` as its script does (node dist/pdf/brief.mjs), with the exit code and output. */
function brief(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(distDir, 'pdf', 'brief.mjs'), ...args], { timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run brief', () => {
  const workspace = join(dir, 'sample.clusterdesk');

  it('creates the workspace from the sample, prints a saved briefing by name, and says where it wrote it', async () => {
    const out = join(dir, 'cluster-ru.pdf');
    const r = await brief(['--workspace', workspace, '--sample', '--briefing', 'cluster', '--out', out, '--language', 'ru']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Wrote ${out}: \\d+ pages, \\d+ bytes \\(briefing "cluster", ru\\)\\.\\n$`));
    const pdf = await readPdf(out);
    expect(pdf.info).toMatchObject({ Title: 'cluster', Language: 'ru', Keywords: 'DRAFT — RESTRICTED' });
  });

  it('fails with a clear message and exit code 1 for an unknown briefing, naming those there are', async () => {
    const r = await brief(['--workspace', workspace, '--briefing', 'budget', '--out', join(dir, 'x.pdf')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No briefing named "budget" in .*sample\.clusterdesk\. Saved briefings: "cluster", "partner", "portfolio", "scenarios"\./);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('fails before starting anything for a missing workspace without --sample, or an output folder that does not exist', async () => {
    const missing = await brief(['--workspace', join(dir, 'none.clusterdesk'), '--briefing', 'cluster', '--out', join(dir, 'x.pdf')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist\. Add --sample to create it from the sample workspace\./);
    const folder = await brief(['--workspace', workspace, '--briefing', 'cluster', '--out', join(dir, 'no-such-folder', 'x.pdf')]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/The folder ".*no-such-folder" does not exist\. No file was written\./);
  });
});
