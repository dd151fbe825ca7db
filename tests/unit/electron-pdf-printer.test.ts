import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { electronPdfPrinter, type PrintWindow } from '../../electron/pdf/electron-printer';
import { goTo, pageFacts, pageState } from '../../electron/pdf/page-protocol';
import type { PageFacts } from '../../electron/pdf/printer';
import { electronStub, StubBrowserWindow } from '../support/electron-stub';
import { readPdf } from '../support/pdf-read';
import { useTempDir } from '../support/temp';
import { tinyPdf } from '../support/tiny-pdf';

vi.mock('electron', async () => (await import('../support/electron-stub')).electronStub);

const temp = useTempDir();
const FACTS: PageFacts = { title: 'partner', author: '', subject: 'موجز عن الشريك: AIC', keywords: 'DRAFT — RESTRICTED', language: 'ar', tocTitles: ['1. Profile', '2. Sources'] };
const ENTRY = 'app://clusterdesk/index.html';

interface Script {
  /** How the page answers the ready check, call by call; the last answer repeats. */
  states: unknown[];
  pages: number;
}

/** A hidden window whose page answers as the print route would, and whose printToPDF gives a small PDF. */
function printerWith(script: Script, timeoutMs = 2000) {
  const windows: StubBrowserWindow[] = [];
  const hashes: string[] = [];
  const printer = electronPdfPrinter({
    preload: '/app/dist/preload/preload.cjs',
    entryUrl: ENTRY,
    pollMs: 1,
    timeoutMs,
    createWindow: (options) => {
      const win = new electronStub.BrowserWindow(options);
      let check = 0;
      win.webContents.executeJavaScript.mockImplementation(async (code: string) => {
        if (code.startsWith(`(${pageState.toString()})`)) return script.states[Math.min(check++, script.states.length - 1)];
        if (code.startsWith(`(${pageFacts.toString()})`)) return FACTS;
        const move = `(${goTo.toString()})(`;
        if (code.startsWith(move)) {
          hashes.push((JSON.parse(code.slice(move.length, -1)) as { hash: string }).hash);
          check = 0;
        }
        return undefined;
      });
      win.webContents.printToPDF.mockImplementation(async () => {
        const toc = hashes.at(-1)!.includes('toc=') ? 1 : 0;
        return tinyPdf({ pages: script.pages + toc, outline: [{ title: '1. Profile', page: 2 + toc }, { title: '2. Sources', page: script.pages + toc }] });
      });
      windows.push(win);
      return win as unknown as PrintWindow;
    },
  });
  return { printer, windows, hashes };
}

describe('the Electron PDF printer (a hidden window and printToPDF)', () => {
  test('opens a hidden, sandboxed window on the print route, waits for the ready flag, prints, and keeps the window for the next export', async () => {
    const { printer, windows, hashes } = printerWith({ states: [false, false, { state: 'ready' }], pages: 2 });
    const file = join(temp(), 'partner.pdf');
    expect(await printer.print(7, 'ar', file)).toEqual({ pages: 2, bytes: expect.any(Number) });

    const [win] = windows;
    expect(win.options).toMatchObject({
      show: false,
      width: 794,
      webPreferences: { preload: '/app/dist/preload/preload.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false },
    });
    expect(win.loadURL).toHaveBeenCalledWith(`${ENTRY}#/print/`);
    expect(hashes).toEqual(['#/print/7?lang=ar&job=1']);
    // The move to the address, three ready checks (two not yet, one ready) and one call for the page's facts.
    expect(win.webContents.executeJavaScript).toHaveBeenCalledTimes(5);
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    expect(win.destroy).not.toHaveBeenCalled();
    const pdf = await readPdf(file);
    expect(pdf.info).toMatchObject({ Title: 'partner', Subject: FACTS.subject, Keywords: 'DRAFT — RESTRICTED', Language: 'ar' });

    await printer.print(8, 'en', join(temp(), 'next.pdf'));
    expect(windows).toHaveLength(1);
    expect(win.loadURL).toHaveBeenCalledOnce();
    expect(hashes).toEqual(['#/print/7?lang=ar&job=1', '#/print/8?lang=en&job=2']);
    await printer.close();
    expect(win.destroy).toHaveBeenCalledOnce();
  });

  test('prints a long briefing again with its contents numbered, changing only the address', async () => {
    const { printer, windows, hashes } = printerWith({ states: [{ state: 'ready' }], pages: 6 });
    expect((await printer.print(3, 'en', join(temp(), 'long.pdf'))).pages).toBe(7);
    expect(hashes).toEqual(['#/print/3?lang=en&job=1', '#/print/3?lang=en&job=1&toc=3.7']);
    expect(windows[0].loadURL).toHaveBeenCalledOnce();
    expect(windows[0].webContents.printToPDF).toHaveBeenCalledTimes(2);
  });

  test('a page that cannot print the briefing fails the export with its reason, closes the window and writes nothing', async () => {
    const failed = { state: 'failed', code: 'NOT_FOUND', message: 'The partner this briefing is about (id 4) was deleted.' };
    const { printer, windows } = printerWith({ states: [false, failed], pages: 2 });
    const file = join(temp(), 'x.pdf');
    await expect(printer.print(9, 'en', file)).rejects.toMatchObject({ code: 'NOT_FOUND', message: failed.message });
    expect(windows[0].destroy).toHaveBeenCalledOnce();
    expect(windows[0].webContents.printToPDF).not.toHaveBeenCalled();
    expect(existsSync(file)).toBe(false);
  });

  test('a page that never becomes ready times out with a message, and the window is closed', async () => {
    const { printer, windows } = printerWith({ states: [false], pages: 2 }, 30);
    await expect(printer.print(9, 'en', join(temp(), 'x.pdf'))).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/not ready to print/) });
    expect(windows[0].isDestroyed()).toBe(true);
  });
});
