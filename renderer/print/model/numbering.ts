/**
 * Figure, table and footnote numbers in reading order. A template takes its numbers in its own body,
 * in the order it lays out its parts, and hands them to the parts as props: React renders children
 * after their parent, so numbers taken inside children would follow rendering, not reading, order.
 */
export interface Numbering {
  figure(): number;
  table(): number;
  note(): number;
  section(): number;
}

export function createNumbering(): Numbering {
  const next = { figure: 0, table: 0, note: 0, section: 0 };
  return {
    figure: () => ++next.figure,
    table: () => ++next.table,
    note: () => ++next.note,
    section: () => ++next.section,
  };
}
