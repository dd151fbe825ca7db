import { describe, expect, test } from 'vitest';
import { printHash } from '../../../db/contract/print-route';
import { BriefUsageError, parseBriefArgs } from '../../../electron/pdf/brief-args';
import { noteOf } from '../../../renderer/print/model/notes';
import { cssString } from '../../../renderer/print/page-marks';
import { parsePrintHash } from '../../../renderer/print/print-hash';

describe('the print route address', () => {
  test('is written by the shells and read by the renderer the same way', () => {
    const route = { id: 12, language: 'ar' as const, toc: [3, null, 7], job: 5 };
    expect(printHash(route)).toBe('#/print/12?lang=ar&job=5&toc=3..7');
    expect(parsePrintHash(printHash(route))).toEqual(route);
    expect(parsePrintHash('#/print/4')).toEqual({ id: 4, language: null, toc: null, job: null });
  });

  test('anything else is not a print address; an unknown language is the briefing’s own', () => {
    expect(parsePrintHash('#/briefings/4')).toBeNull();
    expect(parsePrintHash('#/print/0')).toBeNull();
    expect(parsePrintHash('#/print/4?lang=xx')).toEqual({ id: 4, language: null, toc: null, job: null });
    expect(parsePrintHash('#/print/')).toBeNull();
  });
});

describe('text in the page margins', () => {
  test('every character but letters, digits and spaces is a hex escape, so no text can end the CSS string', () => {
    expect(cssString('DRAFT — RESTRICTED')).toBe('"DRAFT \\2014  RESTRICTED"');
    const css = cssString('"; } body { display: none } </style>\\\n');
    // Only letters, digits, spaces and whole escapes ("\\" hex digits, one space) between the quotes.
    expect(css).toMatch(/^"(?:[\p{L}\p{N} ]|\\[0-9a-f]+ )*"$/u);
    expect(css).toContain('\\22 ');
  });

  test('letters of every script stay as they are', () => {
    expect(cssString('Məxfi Секретно سري')).toBe('"Məxfi Секретно سري"');
  });
});

describe('footnotes', () => {
  test('list each source once in the order cited, and count the values with none as assumptions', () => {
    expect(noteOf([[3, 1], [], [1, 4], []], { illustrative: true })).toEqual({ sources: [3, 1, 4], unsourced: 2, illustrative: true });
  });
});

describe('the brief command line', () => {
  test('takes the workspace, the briefing, the output and options', () => {
    expect(parseBriefArgs(['--workspace', 'w.clusterdesk', '--briefing', 'cluster', '--out', 'c.pdf', '--sample', '--language', 'az'])).toMatchObject({
      briefing: 'cluster',
      sample: true,
      language: 'az',
      workspace: expect.stringMatching(/\/w\.clusterdesk$/),
      out: expect.stringMatching(/\/c\.pdf$/),
    });
  });

  test('says what is wrong with the arguments', () => {
    expect(() => parseBriefArgs(['--briefing', 'x', '--out', 'x.pdf'])).toThrow(/--workspace is required/);
    expect(() => parseBriefArgs(['--workspace', 'w.db', '--briefing', 'x', '--out', 'x.pdf'])).toThrow(/must end in \.clusterdesk/);
    expect(() => parseBriefArgs(['--workspace', 'w.clusterdesk', '--briefing', 'x', '--out', 'x.doc'])).toThrow(/must end in \.pdf/);
    expect(() => parseBriefArgs(['--workspace', 'w.clusterdesk', '--briefing', 'x', '--out', 'x.pdf', '--language', 'fr'])).toThrow(BriefUsageError);
    expect(() => parseBriefArgs(['--workspace'])).toThrow(/needs a value/);
  });
});
