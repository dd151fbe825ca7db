/** Shared look of the charts' axes: ticks in the app's font colour, no decimals on years. */
export const tick = { fill: '#1b2330', fontSize: 12 };
export const CHART_HEIGHT = 260;
export const chartStyle = { width: '100%', height: CHART_HEIGHT } as const;
export const margin = { top: 8, right: 16, bottom: 4, left: 16 } as const;
/** Room above the plot for the labels of targets and reference lines. */
export const labelledMargin = { ...margin, top: 24 } as const;
