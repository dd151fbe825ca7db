import { sections } from '../routing/routes';
import type { AppInfo } from '../shell/shell-store';
import { gridShortcutGroups } from './grid-shortcuts';

/**
 * A key as printed on the sheet. Named keys are translated (app:keys.*); "Mod" is Ctrl, or ⌘ on
 * macOS, as Electron's CmdOrCtrl. Anything else (F1, ?, a letter) is printed as it is.
 */
export type KeyName = 'Mod' | 'Alt' | 'Shift' | 'Escape' | 'Enter' | 'Tab' | 'Space';
export type Key = KeyName | (string & {});
/** One way to press a shortcut: keys held together, e.g. ['Mod', ',']. */
export type Chord = readonly Key[];

export type ShortcutAction =
  | 'showShortcuts'
  | 'openSettings'
  | 'closeDialog'
  | 'goToSection'
  | 'nextControl'
  | 'previousControl'
  | 'activate'
  | 'focusSearch'
  | 'saveSettings'
  | 'discardSettings'
  | 'newWorkspace'
  | 'openWorkspace'
  | 'moveCell'
  | 'extendSelection'
  | 'jumpToEdge'
  | 'nextCell'
  | 'rowStartEnd'
  | 'tableStartEnd'
  | 'pageUpDown'
  | 'editCell'
  | 'clearCells'
  | 'fillDown'
  | 'selectAllCells'
  | 'selectRows'
  | 'selectColumns'
  | 'addRow'
  | 'deleteRows'
  | 'columnMenu'
  | 'collapseSelection'
  | 'commitDown'
  | 'commitNext'
  | 'commitAll'
  | 'newLine'
  | 'cancelEdit'
  | 'undo'
  | 'redo'
  | 'clipboard';

export interface Shortcut {
  /** Alternatives: any one of these chords does it. */
  chords: readonly Chord[];
  action: ShortcutAction;
  /** Keys that only the desktop app's menu provides. */
  onlyIn?: AppInfo['shell'];
}

export type ShortcutGroupId = 'general' | 'navigation' | 'search' | 'grid' | 'cellEditing' | 'changes' | 'settings' | 'files';

export interface ShortcutGroup {
  id: ShortcutGroupId;
  shortcuts: readonly Shortcut[];
}

/**
 * Every key the app answers, as data: the sheet (F1) is drawn from this list, so a feature that
 * adds a key adds one line here and its label in app.json (shortcuts.action.*).
 */
export const shortcutGroups: readonly ShortcutGroup[] = [
  {
    id: 'general',
    shortcuts: [
      { chords: [['F1'], ['?']], action: 'showShortcuts' },
      { chords: [['Mod', ',']], action: 'openSettings' },
      { chords: [['Escape']], action: 'closeDialog' },
    ],
  },
  {
    id: 'navigation',
    shortcuts: [
      { chords: [['Alt', `1…${sections.length}`]], action: 'goToSection' },
      { chords: [['Tab']], action: 'nextControl' },
      { chords: [['Shift', 'Tab']], action: 'previousControl' },
      { chords: [['Enter']], action: 'activate' },
    ],
  },
  {
    id: 'search',
    shortcuts: [{ chords: [['/'], ['Mod', 'F']], action: 'focusSearch' }],
  },
  ...gridShortcutGroups,
  {
    id: 'settings',
    shortcuts: [
      { chords: [['Enter']], action: 'saveSettings' },
      { chords: [['Escape']], action: 'discardSettings' },
    ],
  },
  {
    id: 'files',
    shortcuts: [
      { chords: [['Mod', 'N']], action: 'newWorkspace', onlyIn: 'electron' },
      { chords: [['Mod', 'O']], action: 'openWorkspace', onlyIn: 'electron' },
    ],
  },
];

/** The groups and shortcuts that work in this shell; groups left empty are dropped. */
export function shortcutsFor(shell: AppInfo['shell'] | null): ShortcutGroup[] {
  return shortcutGroups
    .map((group) => ({ ...group, shortcuts: group.shortcuts.filter((s) => !s.onlyIn || s.onlyIn === shell) }))
    .filter((group) => group.shortcuts.length > 0);
}
