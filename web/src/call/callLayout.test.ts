import { expect, test } from 'vitest';

/**
 * The call's layout at 1280x800 and 390x844 is checked in Chromium by screenshots (web/README.md,
 * "Call screen"); happy-dom lays nothing out, so this keeps the rules that layout rests on.
 */
// Vitest hands CSS imports over empty, so the file is read as text (tests run in web/).
const fs = 'node:fs';
const { readFileSync } = (await import(/* @vite-ignore */ fs)) as {
  readFileSync(path: string, encoding: 'utf8'): string;
};
const css = readFileSync('src/call/call.css', 'utf8');

function rule(selector: string): string {
  // A selector list may be written over several lines (Prettier puts each selector on its own).
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/,\s*/g, ',\\s*');
  const match = new RegExp(`(^|\\n)${escaped}\\s*\\{([^}]*)\\}`).exec(css);
  if (!match) throw new Error(`no rule for ${selector}`);
  return match[2]!;
}

test('theCallControlsAndJoinStickToTheBottomOfTheViewport', () => {
  expect(rule('.call-controls, .call-join')).toMatch(/position:\s*sticky/);
  expect(rule('.call-controls, .call-join')).toMatch(/bottom:\s*0/);
});

test('aButtonLabelNeverWrapsInsideTheButton', () => {
  expect(rule('.call button')).toMatch(/white-space:\s*nowrap/);
});

test('theVideosLeaveRoomForTheControlsInTheViewportHeight', () => {
  expect(rule('.call-preview-video, .call-remote')).toMatch(/max-height:\s*calc\(100dvh - \d+rem\)/);
});
