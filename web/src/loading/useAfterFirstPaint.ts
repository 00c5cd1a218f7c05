import { useEffect, useState } from 'preact/hooks';

/**
 * False until the browser has painted what was rendered with it, then true: for work that can wait
 * one frame so that what is already there shows first. A task queued from an animation frame runs
 * after that frame's paint. A page that paints no frames (a tab in the background) gets it after
 * a short wait instead, so nothing waits for the tab to be shown.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let afterPaint: ReturnType<typeof setTimeout> | undefined;
    const done = () => setPainted(true);
    const frame = requestAnimationFrame(() => {
      afterPaint = setTimeout(done, 0);
    });
    const noFrames = setTimeout(done, 250);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterPaint);
      clearTimeout(noFrames);
    };
  }, []);
  return painted;
}
