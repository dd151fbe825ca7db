/**
 * A reader for the few objects of a PDF that the printer looks at (trailer, catalog, page tree,
 * outline), as Chromium's Skia backend writes them: a classic cross-reference table and plain
 * dictionaries. Content streams are never parsed. Anything else is refused with an error rather
 * than guessed at, so a change in Chromium's output shows up in the tests.
 */

export type PdfValue = number | boolean | null | string | PdfName | PdfRef | PdfValue[] | PdfDict;
export interface PdfName {
  name: string;
}
export interface PdfRef {
  ref: number;
}
export type PdfDict = Map<string, PdfValue>;

export class PdfFormatError extends Error {}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

/** Parses one value at `pos` of the latin1 text of the file; returns it and where it ended. */
export function parseValue(text: string, pos: number): [PdfValue, number] {
  pos = skip(text, pos);
  const c = text[pos];
  if (c === '<' && text[pos + 1] === '<') return parseDict(text, pos + 2);
  if (c === '<') {
    const end = text.indexOf('>', pos);
    return [decodeHex(text.slice(pos + 1, end)), end + 1];
  }
  if (c === '(') return parseLiteral(text, pos + 1);
  if (c === '[') {
    const items: PdfValue[] = [];
    pos++;
    for (;;) {
      pos = skip(text, pos);
      if (text[pos] === ']') return [items, pos + 1];
      const [v, next] = parseValue(text, pos);
      items.push(v);
      pos = next;
      collapseRef(items);
    }
  }
  if (c === '/') {
    const end = tokenEnd(text, pos + 1);
    return [{ name: text.slice(pos + 1, end) }, end];
  }
  const end = tokenEnd(text, pos);
  const word = text.slice(pos, end);
  if (word === 'true' || word === 'false') return [word === 'true', end];
  if (word === 'null') return [null, end];
  if (word === 'R') return [{ name: 'R' }, end];
  const n = Number(word);
  if (word === '' || Number.isNaN(n)) throw new PdfFormatError(`Unexpected "${word.slice(0, 20)}" at byte ${pos}.`);
  return [n, end];
}

function parseDict(text: string, pos: number): [PdfDict, number] {
  const dict: PdfDict = new Map();
  for (;;) {
    pos = skip(text, pos);
    if (text.startsWith('>>', pos)) return [dict, pos + 2];
    const [key, afterKey] = parseValue(text, pos);
    if (!isName(key)) throw new PdfFormatError(`A dictionary key is not a name at byte ${pos}.`);
    let [value, next] = parseValue(text, afterKey);
    // "12 0 R": two numbers and the R keyword make one reference.
    const ahead = skip(text, next);
    if (typeof value === 'number' && /^\d+\s+R\b/.test(text.slice(ahead, ahead + 16))) {
      const m = /^(\d+)\s+R/.exec(text.slice(ahead, ahead + 16))!;
      value = { ref: value };
      next = ahead + m[0].length;
    }
    dict.set(key.name, value);
    pos = next;
  }
}

/** In an array, "n g R" arrives as three items; fold them into one reference. */
function collapseRef(items: PdfValue[]): void {
  const last = items[items.length - 1];
  if (isName(last) && last.name === 'R' && items.length >= 3 && typeof items[items.length - 3] === 'number') {
    const ref = items[items.length - 3] as number;
    items.splice(items.length - 3, 3, { ref });
  }
}

function parseLiteral(text: string, pos: number): [string, number] {
  let depth = 1;
  let out = '';
  for (; pos < text.length; pos++) {
    const c = text[pos];
    if (c === '\\') {
      const n = text[++pos];
      const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
      if (n in escapes) out += escapes[n];
      else if (/[0-7]/.test(n)) {
        const oct = /^[0-7]{1,3}/.exec(text.slice(pos, pos + 3))![0];
        out += String.fromCharCode(parseInt(oct, 8));
        pos += oct.length - 1;
      } else if (n !== '\n' && n !== '\r') out += n;
    } else if (c === '(') {
      depth++;
      out += c;
    } else if (c === ')') {
      if (--depth === 0) return [decodeTextBytes(out), pos + 1];
      out += c;
    } else out += c;
  }
  throw new PdfFormatError('A string is not closed.');
}

function decodeHex(hex: string): string {
  const clean = hex.replace(/\s+/g, '');
  let bytes = '';
  for (let i = 0; i < clean.length; i += 2) bytes += String.fromCharCode(parseInt(clean.slice(i, i + 2).padEnd(2, '0'), 16));
  return decodeTextBytes(bytes);
}

/** PDF text strings are UTF-16BE with a byte order mark, or single bytes (ASCII as Skia writes them). */
function decodeTextBytes(bytes: string): string {
  if (bytes.charCodeAt(0) === 0xfe && bytes.charCodeAt(1) === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    return out;
  }
  return bytes;
}

const skip = (text: string, pos: number) => {
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (WHITESPACE.has(code)) pos++;
    else if (text[pos] === '%') while (pos < text.length && text[pos] !== '\n' && text[pos] !== '\r') pos++;
    else break;
  }
  return pos;
};

const tokenEnd = (text: string, pos: number) => {
  while (pos < text.length && !WHITESPACE.has(text.charCodeAt(pos)) && !DELIMITERS.has(text.charCodeAt(pos))) pos++;
  return pos;
};

export const isName = (v: PdfValue | undefined): v is PdfName => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map) && 'name' in v;
export const isRef = (v: PdfValue | undefined): v is PdfRef => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map) && 'ref' in v;
export const isDict = (v: PdfValue | undefined): v is PdfDict => v instanceof Map;

/** A PDF as the printer reads it: where each object starts, the trailer, and a way to read an object. */
export class PdfFile {
  readonly text: string;
  readonly offsets = new Map<number, number>();
  readonly trailer: PdfDict;
  readonly startxref: number;

  constructor(readonly bytes: Uint8Array) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(this.text.slice(-64));
    if (!m) throw new PdfFormatError('The PDF has no startxref at its end.');
    this.startxref = Number(m[1]);
    if (!this.text.startsWith('xref', this.startxref)) throw new PdfFormatError('The PDF does not use a classic cross-reference table.');
    let pos = this.startxref + 4;
    for (;;) {
      const head = /^\s*(\d+) (\d+)\s*/.exec(this.text.slice(pos, pos + 40));
      if (!head) break;
      const [first, count] = [Number(head[1]), Number(head[2])];
      pos += head[0].length;
      for (let i = 0; i < count; i++, pos += 20) {
        const entry = this.text.slice(pos, pos + 18);
        if (entry.endsWith('n')) this.offsets.set(first + i, Number(entry.slice(0, 10)));
      }
    }
    const t = this.text.indexOf('trailer', pos);
    if (t < 0) throw new PdfFormatError('The PDF has no trailer.');
    const [trailer] = parseValue(this.text, t + 'trailer'.length);
    if (!isDict(trailer)) throw new PdfFormatError('The PDF trailer is not a dictionary.');
    this.trailer = trailer;
  }

  /** The object's value, without any stream that follows it. */
  object(n: number): PdfValue {
    const offset = this.offsets.get(n);
    if (offset === undefined) throw new PdfFormatError(`The PDF has no object ${n}.`);
    const head = new RegExp(`^${n}\\s+\\d+\\s+obj`).exec(this.text.slice(offset, offset + 32));
    if (!head) throw new PdfFormatError(`Object ${n} is not where the cross-reference table says.`);
    return parseValue(this.text, offset + head[0].length)[0];
  }

  /** The source text of a dictionary object, from "<<" to its ">>". */
  dictText(n: number): string {
    const offset = this.offsets.get(n)!;
    const start = this.text.indexOf('<<', offset);
    const [, end] = parseValue(this.text, start);
    return this.text.slice(start, end);
  }

  resolve(v: PdfValue | undefined): PdfValue | undefined {
    return isRef(v) ? this.object(v.ref) : v;
  }

  dict(v: PdfValue | undefined): PdfDict {
    const d = this.resolve(v);
    if (!isDict(d)) throw new PdfFormatError('Expected a dictionary.');
    return d;
  }

  ref(key: string, d: PdfDict): number {
    const v = d.get(key);
    if (!isRef(v)) throw new PdfFormatError(`/${key} is not a reference.`);
    return v.ref;
  }
}
