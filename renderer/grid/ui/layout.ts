/** Every row has the same height, so the position of row n is n times it: the virtualiser needs nothing else. */
export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 36;
export const GUTTER_WIDTH = 56;
/** Rows drawn above and below the visible ones, so a fast scroll rarely shows blank rows. */
export const OVERSCAN = 8;
/** Assumed when the window has no layout (tests without a layout engine). */
export const FALLBACK_HEIGHT = 640;
