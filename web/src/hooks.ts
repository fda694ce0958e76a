// Small hooks shared by the pages.
import { useEffect, useState } from 'react';

/**
 * State kept in sessionStorage under `key`, so switching FR/EN (another route, a remount) keeps what was typed.
 * A stored value of an older shape is completed with the initial one (missing keys take their initial value).
 */
export function useSessionState<T extends object>(key: string, initial: () => T): [T, (update: (previous: T) => T) => void] {
  const [state, setState] = useState<T>(() => {
    try {
      const stored = sessionStorage.getItem(key);
      if (stored) return { ...initial(), ...(JSON.parse(stored) as Partial<T>) };
    } catch {
      // Storage unavailable or corrupt: start afresh.
    }
    return initial();
  });
  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(state));
    } catch {
      // Private mode or full: the form still works, it is just not kept.
    }
  }, [key, state]);
  return [state, (update) => setState((previous) => update(previous))];
}

/** The page's title in the tab (and for screen readers on navigation). */
export function useTitle(title: string, siteName: string): void {
  useEffect(() => {
    document.title = `${title} — ${siteName}`;
  }, [title, siteName]);
}
