import { describe, expect, it } from 'vitest';
import { encodeChat, maxChatChars, maxChatLines, readChat, withLine, type ChatLine } from './chat.ts';

describe('in-call chat', () => {
  it('reads back what the other side encoded, trimmed', () => {
    expect(readChat(encodeChat('a1', '  Can you hear me?  '), 5)).toEqual({
      id: 'a1',
      from: 'them',
      text: 'Can you hear me?',
      at: 5,
    });
  });

  it('refuses what is not a chat line', () => {
    for (const data of [
      42,
      'not json',
      'null',
      JSON.stringify({ type: 'exercise', name: 'Squat' }),
      JSON.stringify({ type: 'chat', id: 'x' }),
      JSON.stringify({ type: 'chat', id: 'x', text: '   ' }),
      JSON.stringify({ type: 'chat', id: 1, text: 'hi' }),
      'x'.repeat(maxChatChars * 6 + 201),
    ]) {
      expect(readChat(data, 0)).toBeNull();
    }
  });

  it('cuts an overlong text to the limit', () => {
    expect(readChat(encodeChat('b', 'y'.repeat(maxChatChars + 50)), 0)?.text).toHaveLength(maxChatChars);
  });

  it('keeps the newest lines and ignores a repeated one', () => {
    let lines: ChatLine[] = [];
    for (let i = 0; i < maxChatLines + 5; i++) lines = withLine(lines, { id: String(i), from: 'me', text: 't', at: i });
    expect(lines).toHaveLength(maxChatLines);
    expect(lines[0]?.id).toBe('5');
    expect(withLine(lines, { id: String(maxChatLines + 4), from: 'me', text: 't', at: 0 })).toHaveLength(maxChatLines);
    expect(withLine([], { id: '1', from: 'them', text: 't', at: 0 })).toHaveLength(1);
  });
});
