import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF written by Chromium, in logical order, as the PDF standard says to read it.
 * Skia draws an Arabic run's glyphs in visual order inside /ReversedChars marked content, and puts
 * the characters of each cluster that has no one-to-one glyph in a /Span with /ActualText; other
 * glyphs map back through the font's /ToUnicode table. Reading: ActualText where there is one, the
 * ToUnicode text otherwise, and the parts of a ReversedChars run in reverse order. pdf.js reads
 * neither ActualText nor ReversedChars (it returns Arabic presentation forms in visual order), so
 * the tests that compare Arabic text use this instead. Only what Skia writes is handled: one Flate
 * content stream per page, <hex> Tj glyph strings, fonts with a ToUnicode CMap.
 */

const textOfHex = (hex: string) => {
  const bytes = Buffer.from(hex.replace(/\s+/g, ''), 'hex');
  const start = bytes[0] === 0xfe && bytes[1] === 0xff ? 2 : 0;
  let out = '';
  for (let i = start; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
  return out;
};

class Objects {
  readonly text: string;
  constructor(readonly bytes: Buffer) {
    this.text = bytes.toString('latin1');
  }

  /** The last definition of object n (an incremental update may redefine it). */
  body(n: number): string {
    const re = new RegExp(`(?:^|[\\r\\n])${n} 0 obj`, 'g');
    let at = -1;
    for (const m of this.text.matchAll(re)) at = m.index! + m[0].length;
    if (at < 0) throw new Error(`no object ${n}`);
    return this.text.slice(at, this.text.indexOf('endobj', at));
  }

  stream(n: number): string {
    const body = this.body(n);
    const objectAt = this.text.lastIndexOf(body);
    const s = body.indexOf('stream');
    let start = objectAt + s + 'stream'.length;
    start += this.text[start] === '\r' ? 2 : 1;
    const end = this.text.indexOf('endstream', start);
    return inflateSync(this.bytes.subarray(start, end)).toString('latin1');
  }
}

/** A ToUnicode CMap: glyph code (hex) to text. */
function parseCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([^]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(m[1].toUpperCase(), textOfHex(m[2]));
  }
  for (const block of cmap.matchAll(/beginbfrange([^]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [lo, hi, first] = [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
      for (let c = lo; c <= hi; c++) map.set(c.toString(16).toUpperCase().padStart(m[1].length, '0'), String.fromCharCode(first + c - lo));
    }
  }
  return map;
}

function fontsOfPage(objects: Objects, page: string): Map<string, Map<string, string>> {
  let resources = /\/Resources\s*(\d+) 0 R/.exec(page)?.[1];
  const dict = resources ? objects.body(Number(resources)) : page;
  const fontDict = /\/Font\s*<<([^]*?)>>/.exec(dict)?.[1] ?? (() => {
    resources = /\/Font\s*(\d+) 0 R/.exec(dict)?.[1];
    return resources ? objects.body(Number(resources)) : '';
  })();
  const fonts = new Map<string, Map<string, string>>();
  for (const m of fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
    const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.body(Number(m[2])))?.[1];
    fonts.set(m[1], toUnicode ? parseCMap(objects.stream(Number(toUnicode))) : new Map());
  }
  return fonts;
}

interface Part {
  text: string;
  /** A run drawn right to left (ReversedChars), already put back in logical order. */
  rtl: boolean;
}

/**
 * A text object's parts in logical order. In a right-to-left paragraph the runs of a line are drawn
 * from left to right in visual order: the order of the runs is reversed, each run keeping its own
 * order (Arabic runs are already logical, Latin words and numbers read left to right).
 */
function lineText(parts: Part[], rtlParagraph: boolean): string {
  // A line without any right-to-left run is a left-to-right name or address isolated in the page.
  if (!rtlParagraph || !parts.some((p) => p.rtl)) return parts.map((p) => p.text).join('');
  const runs: string[] = [];
  let ltr = '';
  const flush = () => {
    if (ltr) runs.push(ltr);
    ltr = '';
  };
  for (const p of parts) {
    if (p.rtl) {
      flush();
      runs.push(p.text);
    } else {
      for (const ch of p.text) {
        if (/\s/.test(ch)) {
          flush();
          runs.push(ch);
        } else ltr += ch;
      }
    }
  }
  flush();
  return runs.reverse().join('');
}

/**
 * Each page's text in logical order, a string per visual line, top to bottom. Skia starts a text
 * object (often a word) at a point set by Tm; text objects on the same baseline make a line, read
 * left to right, then put in logical order. With `rtl`, the paragraphs are right to left (an
 * Arabic briefing).
 */
export function logicalText(file: string, options: { rtl?: boolean } = {}): string[][] {
  const objects = new Objects(readFileSync(file));
  const pages: string[][] = [];
  for (const m of objects.text.matchAll(/\/Type \/Page\b(?!s)[^]*?(?=endobj)/g)) {
    const page = m[0];
    const contents = /\/Contents\s+(\d+) 0 R/.exec(page);
    if (!contents) continue;
    const fonts = fontsOfPage(objects, page);
    const content = objects.stream(Number(contents[1]));
    const placed: { x: number; y: number; parts: Part[] }[] = [];
    let font = new Map<string, string>();
    // Marked content of the structure tree (/P <</MCID 0>> BDC …) only wraps text: it is transparent.
    const stack: { kind: 'reversed' | 'actual' | 'structure'; actual: string | null; parts: string[] }[] = [];
    const emit = (text: string, rtl = false) => {
      const into = stack.findLast((f) => f.kind !== 'structure');
      if (into) into.parts.push(text);
      else placed.at(-1)?.parts.push({ text, rtl });
    };
    const tokens =
      /([-\d.]+)\s+([-\d.]+)\s+Tm|\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\/ReversedChars\s+BMC|\/Span\s*<<\s*\/ActualText\s*<([0-9A-Fa-f\s]*)>\s*>>\s*BDC|\/\w+\s*(?:<<[^]*?>>\s*)?BDC|\/\w+\s+BMC|\bEMC\b/g;
    for (const t of content.matchAll(tokens)) {
      const token = t[0];
      if (t[1] !== undefined) placed.push({ x: Number(t[1]), y: Number(t[2]), parts: [] });
      else if (t[3] !== undefined) font = fonts.get(t[3]) ?? new Map();
      else if (t[4] !== undefined) {
        const codes = t[4].toUpperCase().match(/.{4}/g) ?? [];
        emit(codes.map((c) => font.get(c) ?? '').join(''));
      } else if (token.startsWith('/ReversedChars')) stack.push({ kind: 'reversed', actual: null, parts: [] });
      else if (t[5] !== undefined) stack.push({ kind: 'actual', actual: textOfHex(t[5]), parts: [] });
      else if (token === 'EMC') {
        const done = stack.pop();
        if (done && done.kind !== 'structure') emit(done.actual ?? [...done.parts].reverse().join(''), done.kind === 'reversed');
      } else stack.push({ kind: 'structure', actual: null, parts: [] });
    }
    const lines = new Map<number, { x: number; parts: Part[] }[]>();
    for (const p of placed) {
      const y = Math.round(p.y);
      lines.set(y, [...(lines.get(y) ?? []), p]);
    }
    pages.push(
      [...lines.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, items]) => lineText(items.sort((a, b) => a.x - b.x).flatMap((i) => i.parts), options.rtl ?? false))
        .filter((l) => l.trim() !== ''),
    );
  }
  return pages;
}
