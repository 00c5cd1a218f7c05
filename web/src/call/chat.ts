/**
 * The in-call text chat, sent peer to peer over the call's RTCDataChannel "motus-chat": the
 * gateway never sees it and nothing is stored (a line lives as long as the call page). Pure:
 * encoding, reading and keeping the lines.
 */

export interface ChatLine {
  id: string;
  from: 'me' | 'them';
  text: string;
  /** Date.now() when it was sent (mine) or received (theirs). */
  at: number;
}

/** One message's text at most: a few sentences, far below a data channel message's limit. */
export const maxChatChars = 1000;
/** Lines kept on the page; older ones drop off. */
export const maxChatLines = 200;

export function encodeChat(id: string, text: string): string {
  return JSON.stringify({ type: 'chat', id, text });
}

/** The other side's message, or null for anything that is not a chat line of a sane size. */
export function readChat(data: unknown, receivedAt: number): ChatLine | null {
  if (typeof data !== 'string' || data.length > maxChatChars * 6 + 200) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (m.type !== 'chat' || typeof m.id !== 'string' || typeof m.text !== 'string') return null;
  const text = m.text.trim().slice(0, maxChatChars);
  if (text === '') return null;
  return { id: m.id.slice(0, 64), from: 'them', text, at: receivedAt };
}

/** The lines with one more (a repeated id is ignored), the newest {@link maxChatLines} kept. */
export function withLine(lines: readonly ChatLine[], line: ChatLine): ChatLine[] {
  if (lines.some((l) => l.id === line.id && l.from === line.from)) return [...lines];
  return [...lines, line].slice(-maxChatLines);
}
