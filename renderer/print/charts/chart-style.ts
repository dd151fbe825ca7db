/** The printed page's content is 174 mm wide (A4 less 18 mm margins): 657 CSS pixels; charts keep a little air. */
export const CHART_WIDTH = 640;

/** Colours that stay apart in greyscale print as well as in colour, in the order series take them. */
export const SERIES_COLOURS = ['#0a589f', '#c4571a', '#2e7d32', '#6a3d9a', '#8c6d00', '#00838f', '#ad1457', '#455a64', '#5d4037', '#1565c0'];

export const AXIS_TICK = { fontSize: 11, fill: '#1b2330' };

/** Height of a bar chart with one bar per row: enough for a two-line label. */
export const barsHeight = (rows: number) => Math.max(120, 40 + rows * 34);
