/**
 * Tells Windows-1251, KOI8-R and Windows-1252 apart for bytes that are not valid UTF-8. Each
 * candidate decodes a sample and is scored on the characters above ASCII only:
 * - Russian text has a known letter frequency and capitals only at the start of words (or whole
 *   words in capitals); read in the wrong Cyrillic code page it turns into rare letters and
 *   capitals after small letters, because KOI8-R and 1251 put the two alphabets the other way round.
 * - Western European text has accented letters scattered inside Latin words ("Müller", "café");
 *   Cyrillic bytes read as 1252 give runs of accented letters with no Latin letter among them.
 */
export type SingleByteEncoding = 'windows-1251' | 'koi8-r' | 'windows-1252';

const SAMPLE_BYTES = 256 * 1024;

// Letter frequencies of Russian text, per cent (ru.wikipedia "Частотность").
const RUSSIAN: Record<string, number> = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4, к: 3.49, м: 3.21,
  д: 2.98, п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65, б: 1.59, ч: 1.44, й: 1.21, х: 0.97,
  ж: 0.94, ш: 0.73, ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32, ф: 0.26, ъ: 0.04, ё: 0.04,
};

const isAsciiLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
const isCyrillic = (c: string | undefined) => c !== undefined && c >= '\u0400' && c <= '\u04ff';
const isLatinAccented = (c: string | undefined) => c !== undefined && c > '\u007f' && /\p{Script=Latin}/u.test(c);
const isUpper = (c: string) => c !== c.toLowerCase();
/** Punctuation that real text in any of the three code pages uses. */
const PLAUSIBLE_SYMBOLS = new Set('«»–—…№€©®°±§·‘’“”„•\u00a0');

function cyrillicScore(text: string, i: number): number {
  const c = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isCyrillic(c)) {
    let s = Math.log2(1 + (RUSSIAN[c.toLowerCase()] ?? 0));
    if (isUpper(c) && prev !== undefined && (isCyrillic(prev) || isAsciiLetter(prev)) && !isUpper(prev)) s -= 3;
    if (isAsciiLetter(prev) || isAsciiLetter(next)) s -= 2;
    return s;
  }
  return PLAUSIBLE_SYMBOLS.has(c) ? 0.5 : -3;
}

function westernScore(text: string, i: number): number {
  const c = text[i];
  if (isLatinAccented(c)) {
    const prev = text[i - 1];
    const next = text[i + 1];
    if (isAsciiLetter(prev) || isAsciiLetter(next)) return 2.5;
    return isLatinAccented(prev) || isLatinAccented(next) ? -1 : 0.5;
  }
  return PLAUSIBLE_SYMBOLS.has(c) ? 0.5 : -3;
}

const scorers: Record<SingleByteEncoding, (text: string, i: number) => number> = {
  'windows-1251': cyrillicScore,
  'koi8-r': cyrillicScore,
  'windows-1252': westernScore,
};

export interface EncodingScore {
  encoding: SingleByteEncoding;
  /** Mean plausibility per character above ASCII; higher is better. */
  score: number;
}

/** Scores each single-byte code page on a sample of the bytes, best first. */
export function scoreSingleByte(bytes: Uint8Array): { scores: EncodingScore[]; highChars: number } {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let highChars = 0;
  for (const b of sample) if (b >= 0x80) highChars++;
  const scores = (Object.keys(scorers) as SingleByteEncoding[]).map((encoding) => {
    const text = new TextDecoder(encoding).decode(sample);
    let total = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) total += scorers[encoding](text, i);
    return { encoding, score: highChars ? total / highChars : 0 };
  });
  scores.sort((a, b) => b.score - a.score);
  return { scores, highChars };
}
