import type { MessageKey } from '../i18n/messages';

/** One way to press a shortcut: a key with exactly these modifiers. */
export interface KeyCombo {
  /** `KeyboardEvent.key` ("Enter", "Escape", "?"), or one capital letter, matched by its physical key. */
  key: string;
  ctrl?: boolean;
  alt?: boolean;
  shift?: boolean;
  meta?: boolean;
}

export type ShortcutId =
  | 'nextChat'
  | 'previousChat'
  | 'showShortcuts'
  | 'send'
  | 'newLine'
  | 'cancelFile'
  | 'cannedReply'
  | 'mention'
  | 'closeDialog';

interface Shortcut {
  id: ShortcutId;
  label: MessageKey;
  /** The ways to press it; sending and new lines follow the Enter-to-send preference. */
  combos(enterToSend: boolean): KeyCombo[];
}

const CTRL_ENTER: KeyCombo = { key: 'Enter', ctrl: true };
const CMD_ENTER: KeyCombo = { key: 'Enter', meta: true };

/**
 * Every key the console binds. The shortcuts dialog lists this and the handlers match against
 * it, so what the dialog says is what the keys do.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'nextChat', label: 'shortcuts.nextChat', combos: () => [{ key: 'J', alt: true }] },
  { id: 'previousChat', label: 'shortcuts.previousChat', combos: () => [{ key: 'K', alt: true }] },
  { id: 'showShortcuts', label: 'shortcuts.showShortcuts', combos: () => [{ key: '?' }] },
  {
    id: 'send',
    label: 'shortcuts.send',
    combos: (enterToSend) => (enterToSend ? [{ key: 'Enter' }, CTRL_ENTER, CMD_ENTER] : [CTRL_ENTER, CMD_ENTER]),
  },
  {
    id: 'newLine',
    label: 'shortcuts.newLine',
    combos: (enterToSend) => (enterToSend ? [{ key: 'Enter', shift: true }] : [{ key: 'Enter' }, { key: 'Enter', shift: true }]),
  },
  { id: 'cancelFile', label: 'shortcuts.cancelFile', combos: () => [{ key: 'Escape' }] },
  // Typed, not pressed: the composer opens its pickers on these characters (canned-picker, mention-picker).
  { id: 'cannedReply', label: 'shortcuts.cannedReply', combos: () => [{ key: '/' }] },
  { id: 'mention', label: 'shortcuts.mention', combos: () => [{ key: '@' }] },
  { id: 'closeDialog', label: 'shortcuts.closeDialog', combos: () => [{ key: 'Escape' }] },
];

type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>;

const isLetter = (key: string) => /^[A-Z]$/.test(key);

function comboMatches(combo: KeyCombo, event: KeyPress): boolean {
  // Alt+J types "∆" on a Mac, so a letter is matched by its key's position rather than by what it types.
  const keyMatches = isLetter(combo.key) ? event.code === `Key${combo.key}` : event.key === combo.key;
  // "?" takes Shift on most layouts and not on others: for a typed symbol, Shift is not part of the combo.
  const shiftCounts = isLetter(combo.key) || combo.key.length > 1;
  return (
    keyMatches &&
    Boolean(combo.ctrl) === event.ctrlKey &&
    Boolean(combo.alt) === event.altKey &&
    Boolean(combo.meta) === event.metaKey &&
    (!shiftCounts || Boolean(combo.shift) === event.shiftKey)
  );
}

export function shortcutMatches(id: ShortcutId, event: KeyPress, enterToSend = true): boolean {
  const shortcut = SHORTCUTS.find((candidate) => candidate.id === id);
  return Boolean(shortcut?.combos(enterToSend).some((combo) => comboMatches(combo, event)));
}

/** The keys of a combo as they are written on a keyboard: ["Ctrl", "Enter"]. */
export function comboKeys(combo: KeyCombo): string[] {
  const keys: string[] = [];
  if (combo.ctrl) keys.push('Ctrl');
  if (combo.alt) keys.push('Alt');
  if (combo.shift) keys.push('Shift');
  if (combo.meta) keys.push('⌘ Cmd');
  keys.push(combo.key === 'Escape' ? 'Esc' : combo.key);
  return keys;
}

/** Text fields keep every key they are given: shortcuts outside the composer never act in them. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);
