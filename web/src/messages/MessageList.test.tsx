import { render } from '@testing-library/preact';
import { expect, test } from 'vitest';
import type { Message } from '../api/messages.ts';
import { MessageList } from './MessageList.tsx';

const message = (change: Partial<Message>): Message => ({
  id: 'm1',
  patientId: 'p1',
  authorRole: 'PATIENT',
  authorName: 'Pat Patient',
  mine: true,
  text: 'Hello',
  exerciseRef: null,
  image: null,
  sentAt: '2026-12-01T10:00:00Z',
  readBy: [],
  redFlagsMentioned: [],
  askRedFlagQuestions: false,
  ...change,
});

test('aMessageIsShownAsTextNeverAsHtml', () => {
  const { container } = render(
    <MessageList patientId="p1" messages={[message({ text: '<img src=x onerror=alert(1)><b>hi</b>' })]} />,
  );
  expect(container.querySelector('.message__text')?.textContent).toBe('<img src=x onerror=alert(1)><b>hi</b>');
  expect(container.querySelector('.message__text b')).toBeNull();
  expect(container.querySelectorAll('img')).toHaveLength(0);
});

test('myMessagesSayWhoReadThemAndOthersDoNot', () => {
  const { container } = render(
    <MessageList
      patientId="p1"
      messages={[
        message({
          readBy: [{ readerName: 'Tess Therapist', readerRole: 'THERAPIST', readAt: '2026-12-01T10:05:00Z' }],
        }),
        message({ id: 'm2', mine: false, authorName: 'Tess Therapist', authorRole: 'THERAPIST' }),
        message({ id: 'm3' }),
      ]}
    />,
  );
  const receipts = [...container.querySelectorAll('[data-read-receipt]')].map((r) => r.textContent ?? '');
  expect(receipts).toHaveLength(2);
  expect(receipts[0]).toMatch(/^Read by Tess Therapist at /);
  expect(receipts[1]).toBe('Not read yet');
});

test('anImageIsLoadedFromItsThreadWithItsSize', () => {
  const { container } = render(
    <MessageList
      patientId="p 1"
      messages={[
        message({ image: { id: 'i1', contentType: 'image/jpeg', widthPx: 40, heightPx: 30, sizeBytes: 900 } }),
      ]}
    />,
  );
  const img = container.querySelector('img');
  expect(img?.getAttribute('src')).toBe('/api/v1/patients/p%201/messages/images/i1');
  expect(img?.getAttribute('alt')).toBe('Photo from you');
});
