import { scoreSingleByte } from './guess-encoding';

export const textEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r', 'windows-1252'] as const;
export type TextEncoding = (typeof textEncodings)[number];

/** Names for the encoding picker. */
export const encodingLabels: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'koi8-r': 'KOI8-R (Cyrillic)',
  'windows-1252': 'Windows-1252 (Western European)',
};

/**
 * How sure the guess is: 'bom' and 'chosen' are certain; 'high' means valid UTF-8 or a clear
 * winner among the code pages; 'low' means the analyst should look at the preview and pick.
 */
export type EncodingConfidence = 'bom' | 'chosen' | 'high' | 'medium' | 'low';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  confidence: EncodingConfidence;
  /** Other plausible encodings, best first, for the picker. */
  alternatives: TextEncoding[];
}

const BOMS: { encoding: TextEncoding; bytes: readonly number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

const bomOf = (bytes: Uint8Array) => BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));

/** Bytes that do not fit the encoding become U+FFFD, which the preview shows for the analyst to judge. */
function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  const bom = bomOf(bytes);
  const body = bom?.encoding === encoding ? bytes.subarray(bom.bytes.length) : bytes;
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
}

/**
 * Whether valid UTF-8 was plain ASCII, from the lengths alone: every other character takes more
 * bytes than UTF-16 units, and this saves a second pass over a file of many megabytes.
 */
const wasAscii = (bytes: Uint8Array, text: string) => text.length === bytes.length;

function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const FEW_HIGH_CHARS = 8;

/**
 * Decodes a text file: the byte-order mark decides when there is one, an explicit choice when the
 * analyst made one; otherwise valid UTF-8 is taken as UTF-8 and anything else is scored against
 * the Cyrillic and Western code pages.
 */
export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): DecodedText {
  const others = (e: TextEncoding) => textEncodings.filter((x) => x !== e);
  if (encoding) return { text: decodeAs(bytes, encoding), encoding, confidence: 'chosen', alternatives: others(encoding) };
  const bom = bomOf(bytes);
  if (bom) return { text: decodeAs(bytes, bom.encoding), encoding: bom.encoding, confidence: 'bom', alternatives: others(bom.encoding) };
  const utf8 = validUtf8(bytes);
  if (utf8 !== null) {
    const alternatives: TextEncoding[] = wasAscii(bytes, utf8) ? [] : ['windows-1251', 'koi8-r', 'windows-1252'];
    return { text: utf8, encoding: 'utf-8', confidence: 'high', alternatives };
  }
  const { scores, highChars } = scoreSingleByte(bytes);
  const [best, second] = scores;
  const margin = best.score - second.score;
  const confidence: EncodingConfidence = highChars < FEW_HIGH_CHARS ? 'low' : margin > 1 ? 'high' : margin > 0.3 ? 'medium' : 'low';
  return {
    text: decodeAs(bytes, best.encoding),
    encoding: best.encoding,
    confidence,
    alternatives: [...scores.slice(1).map((s) => s.encoding), 'utf-8'],
  };
}
