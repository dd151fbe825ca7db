import type { ShortcutGroup } from './shortcuts';

/**
 * The keys of the editable tables (renderer/grid: grid-keys.ts, CellEditor.tsx, HistoryKeys.tsx),
 * kept apart so that whoever changes a grid key changes its line here too. Arrow keys follow the
 * screen, so in Arabic → moves to the next column on the left as the columns are mirrored.
 */
export const gridShortcutGroups: readonly ShortcutGroup[] = [
  {
    id: 'grid',
    shortcuts: [
      { chords: [['↑ ↓ ← →']], action: 'moveCell' },
      { chords: [['Shift', '↑ ↓ ← →']], action: 'extendSelection' },
      { chords: [['Mod', '↑ ↓ ← →']], action: 'jumpToEdge' },
      { chords: [['Tab'], ['Shift', 'Tab']], action: 'nextCell' },
      { chords: [['Home'], ['End']], action: 'rowStartEnd' },
      { chords: [['Mod', 'Home'], ['Mod', 'End']], action: 'tableStartEnd' },
      { chords: [['Page Up'], ['Page Down']], action: 'pageUpDown' },
      { chords: [['Enter'], ['F2']], action: 'editCell' },
      { chords: [['Delete'], ['Backspace']], action: 'clearCells' },
      { chords: [['Mod', 'D']], action: 'fillDown' },
      { chords: [['Mod', 'A']], action: 'selectAllCells' },
      { chords: [['Shift', 'Space']], action: 'selectRows' },
      { chords: [['Mod', 'Space']], action: 'selectColumns' },
      { chords: [['Mod', 'Shift', '+']], action: 'addRow' },
      { chords: [['Mod', '-']], action: 'deleteRows' },
      { chords: [['Alt', '↓']], action: 'columnMenu' },
      { chords: [['Escape']], action: 'collapseSelection' },
    ],
  },
  {
    id: 'cellEditing',
    shortcuts: [
      { chords: [['Enter'], ['Shift', 'Enter']], action: 'commitDown' },
      { chords: [['Tab'], ['Shift', 'Tab']], action: 'commitNext' },
      { chords: [['Mod', 'Enter']], action: 'commitAll' },
      { chords: [['Alt', 'Enter']], action: 'newLine' },
      { chords: [['Escape']], action: 'cancelEdit' },
    ],
  },
  {
    id: 'changes',
    shortcuts: [
      { chords: [['Mod', 'Z']], action: 'undo' },
      { chords: [['Mod', 'Y'], ['Mod', 'Shift', 'Z']], action: 'redo' },
      { chords: [['Mod', 'X'], ['Mod', 'C'], ['Mod', 'V']], action: 'clipboard' },
    ],
  },
];
