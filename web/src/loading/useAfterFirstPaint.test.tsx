import { act, render } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { useAfterFirstPaint } from './useAfterFirstPaint.ts';

function Probe() {
  return <p id="probe">{useAfterFirstPaint() ? 'after' : 'first'}</p>;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test('whatWaitsForThePaintComesInTheTaskAfterTheFirstAnimationFrame', async () => {
  vi.useFakeTimers();
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  const { container } = render(<Probe />);
  const text = () => container.querySelector('#probe')?.textContent;
  expect(text()).toBe('first');
  await act(async () => {
    await vi.advanceTimersByTimeAsync(100);
  });
  expect(text()).toBe('first'); // no frame yet: nothing painted
  act(() => frames.forEach((frame) => frame(performance.now())));
  expect(text()).toBe('first'); // the frame's callback runs before its paint
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
  expect(text()).toBe('after');
});

test('aPageThatPaintsNoFramesGetsItAfterAShortWait', async () => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', () => 1);
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  const { container } = render(<Probe />);
  await act(async () => {
    await vi.advanceTimersByTimeAsync(249);
  });
  expect(container.querySelector('#probe')?.textContent).toBe('first');
  await act(async () => {
    await vi.advanceTimersByTimeAsync(1);
  });
  expect(container.querySelector('#probe')?.textContent).toBe('after');
});
