import { useCallback, useEffect, useState, type RefObject } from 'react';
import { FALLBACK_HEIGHT, HEADER_HEIGHT, OVERSCAN, ROW_HEIGHT } from './layout';

export interface Viewport {
  first: number;
  last: number;
  /** Rows that fit in one screen, for PageUp and PageDown. */
  pageRows: number;
  height: number;
  /**
   * The most rows the window can hold. Row elements are keyed by position modulo this, so a row
   * scrolled out hands its elements to the one scrolled in instead of being removed and rebuilt.
   */
  slots: number;
  /** The horizontal window, from the inline start whatever the direction; width Infinity without layout. */
  left: number;
  width: number;
}

/** Horizontal scrolling is rounded to this many pixels, so a small scroll does not redraw every row. */
const COLUMN_STEP = 100;

const measure = (el: HTMLElement | null, rows: number): Viewport => {
  const laidOut = el !== null && el.clientHeight > 0;
  const height = laidOut ? el.clientHeight : FALLBACK_HEIGHT;
  const top = el?.scrollTop ?? 0;
  const pageRows = Math.max(1, Math.floor((height - HEADER_HEIGHT) / ROW_HEIGHT));
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows - 1, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  // Right to left, Chromium counts scrollLeft from 0 down to negative values.
  const left = laidOut ? Math.floor(Math.abs(el.scrollLeft) / COLUMN_STEP) * COLUMN_STEP : 0;
  const width = laidOut ? el.clientWidth : Infinity;
  const slots = Math.ceil(height / ROW_HEIGHT) + 2 * OVERSCAN + 2;
  return { first, last, pageRows, height, slots, left, width };
};

const same = (a: Viewport, b: Viewport) =>
  a.first === b.first && a.last === b.last && a.pageRows === b.pageRows && a.height === b.height && a.slots === b.slots && a.left === b.left && a.width === b.width;

/** The rows and the horizontal band the scroll position shows, kept current as the analyst scrolls or resizes the window. */
export function useViewport(ref: RefObject<HTMLElement | null>, rows: number): Viewport {
  const [viewport, setViewport] = useState(() => measure(null, rows));
  const update = useCallback(() => {
    const next = measure(ref.current, rows);
    setViewport((v) => (same(v, next) ? v : next));
  }, [ref, rows]);
  useEffect(() => {
    update();
    const el = ref.current;
    if (!el) return;
    el.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [ref, update]);
  return viewport;
}
