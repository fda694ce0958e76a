// Loading an API answer for a page: the data, the problem (network or API), and a way to load again after a change.
import { useCallback, useEffect, useState } from 'react';
import { isAbort } from '../../lib/api.ts';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Replace the data with what an action answered (no round trip). */
  set: (data: T) => void;
}

/** Calls `load` on mount and whenever `key` changes; a stale answer (aborted) is dropped. */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    load(controller.signal)
      .then((d) => {
        setData(d);
        setError(null);
        setLoading(false);
      })
      .catch((e: unknown) => {
        if (isAbort(e)) return;
        setError(e);
        setLoading(false);
      });
    return () => controller.abort();
    // `load` is a new closure each render: the key says when to load again.
  }, [key, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload, set: setData };
}
