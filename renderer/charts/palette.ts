/**
 * Colours for up to four scenarios and the project categories: distinct in hue and lightness, each
 * at least 3:1 against the white chart background, so lines stay apart in print and for most
 * colour-vision deficiencies; scenarios also differ by dash where colour is not enough.
 */
export const scenarioColours = ['#0a589f', '#b34700', '#2a7a2e', '#7a3d99'] as const;
export const scenarioDashes = ['', '6 3', '2 3', '10 3 2 3'] as const;

export const categoryColours = ['#0a589f', '#b34700', '#2a7a2e', '#7a3d99', '#9c2a4d', '#00707a', '#6b5900', '#4d4d4d', '#a64d00', '#3d5c99'] as const;

export const colourAt = (list: readonly string[], i: number) => list[i % list.length];
