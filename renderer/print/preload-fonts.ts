/** A letter of each subset of the bundled fonts (fonts.css): Latin, Latin Extended (Azerbaijani), Cyrillic, Arabic. */
const SAMPLES: [family: string, text: string][] = [
  ['Noto Sans', 'A'],
  ['Noto Sans', 'ə'],
  ['Noto Sans', 'Я'],
  ['Noto Sans Arabic', 'ع'],
];

/**
 * Loads every face a briefing may use while its data is on its way. Fonts otherwise load on first
 * use, after layout, and the printer would wait for them after the document is drawn.
 */
export function preloadFonts(fonts: FontFaceSet = document.fonts): Promise<unknown> {
  return Promise.all(SAMPLES.flatMap(([family, text]) => ['400', '700'].map((weight) => fonts.load(`${weight} 10pt "${family}"`, text)))).catch(() => undefined);
}
