/**
 * Issue 19 item 7: the plan editor's keyboard shortcuts. Pure: the workspace passes the key event
 * and whether the focus is in a text field, and does what comes back.
 */
export type Shortcut = 'save' | 'publish' | 'move-up' | 'move-down' | 'search' | 'help';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** The focus is in an input, a textarea or a select: plain keys are typing, not commands. */
  inTextField: boolean;
}

export function shortcutOf(press: KeyPress): Shortcut | null {
  const command = press.ctrlKey || press.metaKey;
  if (command && !press.altKey && press.key.toLowerCase() === 's') return 'save';
  if (command && !press.altKey && press.key === 'Enter') return 'publish';
  if (press.altKey && !command && press.key === 'ArrowUp') return 'move-up';
  if (press.altKey && !command && press.key === 'ArrowDown') return 'move-down';
  if (command || press.altKey || press.inTextField) return null;
  if (press.key === '/') return 'search';
  if (press.key === '?') return 'help';
  return null;
}

/** Whether an element is one a person types into (plain keys there are text, not shortcuts). */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (element as HTMLElement).isContentEditable;
}
