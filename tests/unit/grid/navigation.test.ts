import { describe, expect, it } from 'vitest';
import { navigate, type KeyLike } from '../../../renderer/grid/model/navigation';
import { single, type Selection } from '../../../renderer/grid/model/selection';

const bounds = { rows: 100, cols: 5, pageRows: 20 };
const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const at = (row: number, col: number) => single({ row, col });
const focus = (s: Selection | null) => s && [s.focus.row, s.focus.col];

describe('moving the active cell', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(focus(navigate(at(5, 2), key('ArrowDown'), bounds, false))).toEqual([6, 2]);
    expect(focus(navigate(at(5, 2), key('ArrowUp'), bounds, false))).toEqual([4, 2]);
    expect(focus(navigate(at(5, 2), key('ArrowRight'), bounds, false))).toEqual([5, 3]);
    expect(focus(navigate(at(5, 2), key('ArrowLeft'), bounds, false))).toEqual([5, 1]);
    expect(focus(navigate(at(0, 0), key('ArrowUp'), bounds, false))).toEqual([0, 0]);
    expect(focus(navigate(at(99, 4), key('ArrowRight'), bounds, false))).toEqual([99, 4]);
  });

  it('mirrors the left and right arrows in a right-to-left layout, where the first column is on the right', () => {
    expect(focus(navigate(at(5, 2), key('ArrowLeft'), bounds, true))).toEqual([5, 3]);
    expect(focus(navigate(at(5, 2), key('ArrowRight'), bounds, true))).toEqual([5, 1]);
    expect(focus(navigate(at(5, 2), key('ArrowLeft', { ctrlKey: true }), bounds, true))).toEqual([5, 4]);
  });

  it('follows the reading order with Tab in both directions, wrapping to the next and previous row', () => {
    for (const rtl of [false, true]) {
      expect(focus(navigate(at(5, 4), key('Tab'), bounds, rtl))).toEqual([6, 0]);
      expect(focus(navigate(at(5, 0), key('Tab', { shiftKey: true }), bounds, rtl))).toEqual([4, 4]);
    }
  });

  it('goes to the ends of the row with Home and End, of the table with Ctrl, and a screen at a time with the page keys', () => {
    expect(focus(navigate(at(5, 2), key('Home'), bounds, false))).toEqual([5, 0]);
    expect(focus(navigate(at(5, 2), key('End'), bounds, false))).toEqual([5, 4]);
    expect(focus(navigate(at(5, 2), key('Home', { ctrlKey: true }), bounds, false))).toEqual([0, 0]);
    expect(focus(navigate(at(5, 2), key('End', { ctrlKey: true }), bounds, false))).toEqual([99, 4]);
    expect(focus(navigate(at(5, 2), key('PageDown'), bounds, false))).toEqual([25, 2]);
    expect(focus(navigate(at(5, 2), key('PageUp'), bounds, false))).toEqual([0, 2]);
    expect(focus(navigate(at(5, 2), key('ArrowDown', { ctrlKey: true }), bounds, false))).toEqual([99, 2]);
  });

  it('uses Cmd rather than Ctrl for the jumps on macOS', () => {
    expect(focus(navigate(at(5, 2), key('Home', { metaKey: true }), bounds, false, true))).toEqual([0, 0]);
    expect(focus(navigate(at(5, 2), key('Home', { ctrlKey: true }), bounds, false, true))).toEqual([5, 0]);
  });

  it('extends the selection from its anchor with Shift, and starts a new one without', () => {
    const s1 = navigate(at(5, 2), key('ArrowDown', { shiftKey: true }), bounds, false)!;
    const s2 = navigate(s1, key('ArrowRight', { shiftKey: true }), bounds, false)!;
    expect(s2).toEqual({ anchor: { row: 5, col: 2 }, focus: { row: 6, col: 3 } });
    const rtl = navigate(at(5, 2), key('ArrowLeft', { shiftKey: true }), bounds, true)!;
    expect(rtl).toEqual({ anchor: { row: 5, col: 2 }, focus: { row: 5, col: 3 } });
    expect(navigate(s2, key('ArrowUp'), bounds, false)).toEqual(at(5, 3));
  });

  it('leaves other keys, and Alt with an arrow (the column menu), to others', () => {
    expect(navigate(at(5, 2), key('a'), bounds, false)).toBeNull();
    expect(navigate(at(5, 2), key('ArrowDown', { altKey: true }), bounds, false)).toBeNull();
    expect(navigate(at(0, 0), key('ArrowDown'), { rows: 0, cols: 5, pageRows: 20 }, false)).toBeNull();
  });
});
