/**
 * Safe export file names, pure so that the renderer (suggested names) and the shells (names given
 * to dialogs) share them: valid on Windows, macOS and Linux, and unable to leave their folder.
 */

/** Bytes a name may have on common file systems (NTFS counts UTF-16 units, ext4 and APFS bytes: bytes are stricter). */
export const MAX_NAME_BYTES = 255;

const FALLBACK = 'export';
/** Characters Windows refuses in names, path separators among them. */
const INVALID = /[<>:"/\\|?*]/g;
/** C0 and C1 controls (NUL included) and DEL. */
const CONTROL = /\p{Cc}/gu;
/** Direction overrides and isolates: they can make "txt.exe" read as "exe.txt". */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Halves of a surrogate pair standing alone: not characters, and not encodable. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Windows device names, reserved with any extension and in any case (the superscript digits too). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const encoder = new TextEncoder();
const bytesOf = (s: string) => encoder.encode(s).length;

/**
 * Leading dots and spaces hide a file or climb folders (".."); trailing ones Windows drops or
 * refuses; hyphens at either end are what is left of separators.
 */
const trimEnds = (s: string) => s.replace(/^[\s.-]+/u, '').replace(/[\s.-]+$/u, '');

/** Whole characters (grapheme clusters where the runtime knows them) that fit in `budget` bytes. */
function truncateToBytes(s: string, budget: number): string {
  if (bytesOf(s) <= budget) return s;
  const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  const pieces = segmenter ? Array.from(segmenter.segment(s), (p) => p.segment) : Array.from(s);
  let out = '';
  let used = 0;
  for (const piece of pieces) {
    const size = bytesOf(piece);
    if (used + size > budget) break;
    out += piece;
    used += size;
  }
  return out;
}

/** The extension alone: letters and digits, lower case; "csv" for ".CSV". */
const cleanExtension = (ext: string) => ext.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 16);

/**
 * A file name from any text (a table, scenario or briefing name) with the given extension:
 * separators, "..", NUL and other controls, characters Windows refuses, device names (CON, NUL,
 * COM1...), and trailing dots and spaces cannot survive, and the name fits in 255 UTF-8 bytes
 * without splitting a character. Text that already ends in the extension does not get it twice.
 */
export function safeExportName(name: string, ext: string): string {
  const extension = cleanExtension(ext);
  const suffix = extension ? `.${extension}` : '';
  let base = name.normalize('NFC').replace(LONE_SURROGATE, '-').replace(CONTROL, '-').replace(BIDI_CONTROL, '').replace(INVALID, '-');
  if (suffix && base.toLowerCase().endsWith(suffix)) base = base.slice(0, -suffix.length);
  // "../../x" leaves "..-..-x": each run of dots and hyphens around a replaced character becomes one hyphen.
  base = trimEnds(base.replace(/[-.]*-[-.]*/g, '-').replace(/\s+/gu, ' '));
  // One byte is kept back for the "_" that defuses a device name.
  base = trimEnds(truncateToBytes(base, MAX_NAME_BYTES - bytesOf(suffix) - 1)) || FALLBACK;
  if (RESERVED.test(base.split('.')[0].trimEnd())) base = `_${base}`;
  return `${base}${suffix}`;
}

/** The folder's own separator: a backslash for a Windows path, a slash otherwise. */
const separatorOf = (folder: string) => (/^[A-Za-z]:\\|^\\\\/.test(folder) || (folder.includes('\\') && !folder.includes('/')) ? '\\' : '/');

/** A name in a folder, written with the folder's separator. */
export const pathInFolder = (folder: string, name: string) => `${folder.replace(/[\\/]+$/, '')}${separatorOf(folder)}${name}`;

/** The segments of a path after "." and ".." are applied; both separators count, as on Windows. */
function segments(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

/** True when the path names an entry inside the folder (directly or deeper), never the folder itself or outside it. */
export function staysInside(folder: string, path: string): boolean {
  if (path.includes('\0') || folder.includes('\0')) return false;
  const root = segments(folder);
  const inner = segments(path);
  const rootedAlike = /^[\\/]/.test(folder) === /^[\\/]/.test(path);
  return rootedAlike && inner.length > root.length && root.every((s, i) => s === inner[i]);
}
