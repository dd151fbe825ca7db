import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open as fsOpen, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { MethodInput, MethodName, Result } from '../../../db/contract';
import { AppError } from '../../../db/contract/result';
import { createDispatch } from '../../../db/handlers/dispatch';
import { WorkspaceHost } from '../../../db/handlers/host';
import type { WriteIo } from '../../../electron/pdf/atomic-write';
import { createPdfPrinter, type PageFacts, type PrintPage } from '../../../electron/pdf/printer';
import { IN_PROCESS_ORIGIN, IN_PROCESS_SENDER, inProcessShellContext } from '../../../electron/router/in-process';
import { createRouter, type Backend } from '../../../electron/router/router';
import { shellBackend } from '../../../electron/shell-services/shell-handlers';
import { readPdf } from '../../support/pdf-read';
import { useTempDir } from '../../support/temp';
import { tinyPdf } from '../../support/tiny-pdf';

const temp = useTempDir();
const hosts: WorkspaceHost[] = [];
afterEach(() => {
  while (hosts.length) hosts.pop()!.close();
});

const FACTS: PageFacts = { title: 'Brief', author: 'Analyst', subject: 'Cluster brief: Sumgait', keywords: 'DRAFT — RESTRICTED', language: 'en', tocTitles: ['1. Identity', '2. Sources'] };

/**
 * A print page that lays out nothing: each print is a small PDF of `pages` pages whose outline puts
 * the two headings on pages 2 and `pages` (one later once a contents page is in), as Chromium's
 * would. It records the addresses it was shown.
 */
function fakePage(pages: number, shown: string[], fail?: AppError, opened: { count: number } = { count: 0 }): () => Promise<PrintPage> {
  return async () => {
    opened.count++;
    return {
    load: async () => {},
    async show(hash) {
      if (fail) throw fail;
      shown.push(hash);
    },
    facts: async () => FACTS,
    async pdf() {
      const toc = shown.at(-1)!.includes('toc=') ? 1 : 0;
      return tinyPdf({ pages: pages + toc, title: 'Brief', outline: [{ title: 'Brief', page: 1 }, { title: '1. Identity', page: 2 + toc }, { title: '2. Sources', page: pages + toc }] });
    },
    close: async () => {},
    };
  };
}

async function setup(options: { pages?: number; io?: WriteIo; fail?: AppError; printer?: boolean; opened?: { count: number } } = {}) {
  const dir = temp();
  const host = new WorkspaceHost();
  hosts.push(host);
  const dispatch = createDispatch(host, () => {});
  const backend: Backend = async (m, i) => dispatch(m, i);
  const shown: string[] = [];
  const printer = options.printer === false ? undefined : createPdfPrinter(fakePage(options.pages ?? 2, shown, options.fail, options.opened), options.io);
  const router = createRouter({ appOrigin: IN_PROCESS_ORIGIN, backend, shell: shellBackend({ ...inProcessShellContext(dir, backend), printer }) });
  const call = <M extends MethodName>(method: M, input: MethodInput<M>) => router.handle(IN_PROCESS_SENDER, method, input) as Promise<Result<unknown>>;
  await call('workspace.create', { file: join(dir, 'w.clusterdesk'), sample: false });
  const created = await call('briefings.create', { name: 'Brief', template: 'portfolio', subjects: {}, language: 'az', marking: 'DRAFT — RESTRICTED' });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as { id: number }).id;
  const out = join(dir, 'out');
  mkdirSync(out);
  const exports = async () => ((await call('briefings.exports', { id })) as { ok: true; value: unknown[] }).value;
  return { call, id, out, shown, exports };
}

describe("'briefings.export' in the shell", () => {
  test('prints in the briefing’s language, writes the PDF with its metadata and records the export', async () => {
    const { call, id, out, shown, exports } = await setup();
    const file = join(out, 'brief.pdf');
    const r = await call('briefings.export', { id, file });
    expect(r).toMatchObject({ ok: true, value: { file, pages: 2, export: { briefingId: id, file, language: 'az', pages: 2 } } });
    expect(shown).toEqual([`#/print/${id}?lang=az&job=1`]);
    const pdf = await readPdf(file);
    expect(pdf.info).toMatchObject({ Title: 'Brief', Author: 'Analyst', Keywords: 'DRAFT — RESTRICTED', Language: 'en' });
    expect(await exports()).toHaveLength(1);
    expect(readdirSync(out)).toEqual(['brief.pdf']);
  });

  test('a document of four pages or more is printed again with its contents numbered from the outline', async () => {
    const { call, id, out, shown } = await setup({ pages: 5 });
    const r = await call('briefings.export', { id, file: join(out, 'long.pdf'), language: 'ru' });
    expect(r).toMatchObject({ ok: true, value: { pages: 6 } });
    // First print: headings on pages 2 and 5; with a contents page after the cover, 3 and 6, as the second print confirms.
    expect(shown).toEqual([`#/print/${id}?lang=ru&job=1`, `#/print/${id}?lang=ru&job=1&toc=3.6`]);
  });

  test('keeps its print page for the next export, which reads the data again as a new job', async () => {
    const opened = { count: 0 };
    const { call, id, out, shown } = await setup({ opened });
    await call('briefings.export', { id, file: join(out, 'a.pdf') });
    await call('briefings.export', { id, file: join(out, 'b.pdf') });
    expect(shown).toEqual([`#/print/${id}?lang=az&job=1`, `#/print/${id}?lang=az&job=2`]);
    expect(opened.count).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['a.pdf', 'b.pdf']);
  });

  test('a missing folder is named before anything is printed, and nothing is recorded', async () => {
    const { call, id, out, shown, exports } = await setup();
    const r = await call('briefings.export', { id, file: join(out, 'nowhere', 'brief.pdf') });
    expect(r).toMatchObject({ ok: false, error: { code: 'IO', details: { reason: 'writeFailed', errno: 'ENOENT' } } });
    expect(!r.ok && r.error.message).toMatch(/folder ".*nowhere" does not exist\. No file was written\./);
    expect(shown).toEqual([]);
    expect(await exports()).toEqual([]);
  });

  test('a write-protected folder gives a message that says so, and leaves no file', async () => {
    const denied: WriteIo = {
      open: (async () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      }) as unknown as WriteIo['open'],
      rename,
      unlink,
    };
    const { call, id, out, exports } = await setup({ io: denied });
    const r = await call('briefings.export', { id, file: join(out, 'brief.pdf') });
    expect(r).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(!r.ok && r.error.message).toMatch(/may not write to the folder .*write-protected/);
    expect(readdirSync(out)).toEqual([]);
    expect(await exports()).toEqual([]);
  });

  test('a failure half-way through writing leaves neither a partial file nor the temporary one, and an older file as it was', async () => {
    const halfway: WriteIo = {
      open: (async (path: string, flags: string, mode: number) => {
        const handle = await fsOpen(path, flags, mode);
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: async (data: Uint8Array) => {
            await handle.write(data.subarray(0, data.length >> 1));
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      }) as unknown as WriteIo['open'],
      rename,
      unlink,
    };
    const { call, id, out, exports } = await setup({ io: halfway });
    const file = join(out, 'brief.pdf');
    writeFileSync(file, 'the export of last week');
    const r = await call('briefings.export', { id, file });
    expect(r).toMatchObject({ ok: false, error: { code: 'IO', details: { errno: 'ENOSPC' } } });
    expect(!r.ok && r.error.message).toMatch(/disk .* is full\. No file was written\./);
    expect(readdirSync(out)).toEqual(['brief.pdf']);
    expect(readFileSync(file, 'utf8')).toBe('the export of last week');
    expect(await exports()).toEqual([]);
  });

  test('a briefing the page cannot print fails with the page’s own reason, and writes nothing', async () => {
    const deleted = new AppError('NOT_FOUND', 'The cluster this briefing is about (id 3) was deleted.', { reason: 'printPage' });
    const { call, id, out } = await setup({ fail: deleted });
    const r = await call('briefings.export', { id, file: join(out, 'brief.pdf') });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: deleted.message } });
    expect(existsSync(join(out, 'brief.pdf'))).toBe(false);
  });

  test('a file name that is not a PDF, an unknown briefing, and a shell without a printer are refused clearly', async () => {
    const { call, id, out } = await setup();
    expect(await call('briefings.export', { id, file: join(out, 'brief.docx') })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('briefings.export', { id: id + 100, file: join(out, 'x.pdf') })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const none = await setup({ printer: false });
    expect(await none.call('briefings.export', { id: none.id, file: join(none.out, 'x.pdf') })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'This window cannot print briefings to PDF.' },
    });
  });
});
