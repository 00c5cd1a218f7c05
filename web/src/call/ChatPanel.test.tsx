import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { aVisit } from '../testing/callFixtures.ts';
import type { CallSession, CallSnapshot } from './callSession.ts';
import type { ChatLine } from './chat.ts';
import { InCall } from './InCall.tsx';

function inCall(chat: ChatLine[], sendChat: (text: string) => boolean) {
  const session = { localMedia: null, markFirstFrame: vi.fn(), sendChat } as unknown as CallSession;
  const snapshot = { remoteStream: null, exercise: null, quality: null, peerMedia: null, chat, chatOpen: true };
  return (
    <InCall
      session={session}
      snapshot={snapshot as unknown as CallSnapshot}
      therapist={false}
      visit={aVisit()}
      otherName="Tess Therapist"
    />
  );
}

describe('the in-call chat', () => {
  it('counts the other side’s new lines until the chat is opened, then shows and sends', () => {
    const sendChat = vi.fn(() => true);
    const line: ChatLine = { id: '1', from: 'them', text: 'Can you see the exercise?', at: 0 };
    const { rerender } = render(inCall([], sendChat));
    expect(screen.getByRole('button', { name: 'Chat' })).toBeTruthy();
    rerender(inCall([line], sendChat));
    expect(screen.getByRole('button', { name: 'Chat (1 new)' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('1 new chat message from Tess Therapist')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Chat (1 new)' }));
    expect(screen.getByRole('log', { name: 'Chat with Tess Therapist' }).textContent).toContain(
      'Tess Therapist: Can you see the exercise?',
    );
    expect(screen.getByRole('button', { name: 'Chat' }).getAttribute('aria-expanded')).toBe('true');

    fireEvent.input(screen.getByLabelText('Message to Tess Therapist'), { target: { value: 'Yes, clearly' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(sendChat).toHaveBeenCalledWith('Yes, clearly');
    expect((screen.getByLabelText('Message to Tess Therapist') as HTMLInputElement).value).toBe('');
  });

  it('keeps what was typed and says so when the line could not be sent', () => {
    render(inCall([], () => false));
    fireEvent.click(screen.getByRole('button', { name: 'Chat' }));
    fireEvent.input(screen.getByLabelText('Message to Tess Therapist'), { target: { value: 'Hello?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('alert').textContent).toContain('Not sent');
    expect((screen.getByLabelText('Message to Tess Therapist') as HTMLInputElement).value).toBe('Hello?');
  });
});
