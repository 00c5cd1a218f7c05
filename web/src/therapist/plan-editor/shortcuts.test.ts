import { describe, expect, it } from 'vitest';
import { shortcutOf, type KeyPress } from './shortcuts.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  inTextField: false,
  ...extra,
});

describe('shortcutOf', () => {
  it('saves with Ctrl or Cmd+S and publishes with Ctrl or Cmd+Enter, even while typing', () => {
    expect(shortcutOf(press('s', { ctrlKey: true }))).toBe('save');
    expect(shortcutOf(press('S', { metaKey: true, inTextField: true }))).toBe('save');
    expect(shortcutOf(press('Enter', { ctrlKey: true, inTextField: true }))).toBe('publish');
    expect(shortcutOf(press('s', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(shortcutOf(press('Enter'))).toBeNull();
  });

  it('moves the focused item with Alt+arrows', () => {
    expect(shortcutOf(press('ArrowUp', { altKey: true }))).toBe('move-up');
    expect(shortcutOf(press('ArrowDown', { altKey: true, inTextField: true }))).toBe('move-down');
    expect(shortcutOf(press('ArrowUp'))).toBeNull();
    expect(shortcutOf(press('ArrowDown', { altKey: true, ctrlKey: true }))).toBeNull();
  });

  it('takes / and ? only outside text fields, so they can still be typed', () => {
    expect(shortcutOf(press('/'))).toBe('search');
    expect(shortcutOf(press('?', { shiftKey: true }))).toBe('help');
    expect(shortcutOf(press('/', { inTextField: true }))).toBeNull();
    expect(shortcutOf(press('?', { inTextField: true }))).toBeNull();
    expect(shortcutOf(press('/', { ctrlKey: true }))).toBeNull();
    expect(shortcutOf(press('a'))).toBeNull();
  });
});
