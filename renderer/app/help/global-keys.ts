import { sections, type Section } from '../routing/routes';

export type KeyCommand = { kind: 'shortcuts' } | { kind: 'settings' } | { kind: 'search' } | { kind: 'section'; section: Section };

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'> & { target: EventTarget | null };

const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/**
 * Whether a key press belongs to what has focus: a text field, or a grid, where a printable key
 * starts editing a cell. Plain-character shortcuts ("?", "/") then stay out of the way.
 */
function keepsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NOT_TYPED.has(target.type);
  return target.closest('[role="grid"],[role="treegrid"]') !== null;
}

/** What a key press pressed anywhere in the window asks for, or null when it is not an app shortcut (see shortcuts.ts). */
export function keyCommand(e: KeyLike): KeyCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.key === 'F1' && !mod && !e.altKey) return { kind: 'shortcuts' };
  if (mod && !e.altKey && e.key === ',') return { kind: 'settings' };
  if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'f') return { kind: 'search' };
  // By physical key: Alt+digit types other characters on some layouts (macOS, AZERTY).
  const digit = /^Digit([1-9])$/.exec(e.code);
  if (e.altKey && !mod && digit && Number(digit[1]) <= sections.length) return { kind: 'section', section: sections[Number(digit[1]) - 1] };
  if (mod || e.altKey || keepsKeys(e.target)) return null;
  if (e.key === '?') return { kind: 'shortcuts' };
  if (e.key === '/') return { kind: 'search' };
  return null;
}
