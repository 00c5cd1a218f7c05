import { useState } from 'preact/hooks';

/** What the editor says about its last action: busy while one runs, a status line, an error. */
export function useActionFeedback() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  /** Runs one action: clears the last status and error, and is busy until it ends. */
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  return { busy, status, setStatus, error, setError, run };
}
