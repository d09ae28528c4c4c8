import { useRef, useState } from 'react';

/**
 * A dialog opened from the "Thao tác" menu: `open(rows)` resolves when it closes, so the ticked
 * rows stay ticked while the dialog is up.
 */
export function useDialog<K extends string, T>() {
  const [state, setState] = useState<{ kind: K; rows: T[] } | null>(null);
  const resolveRef = useRef<(() => void) | null>(null);
  return {
    state,
    open: (kind: K) => (rows: T[]) =>
      new Promise<void>((resolve) => {
        resolveRef.current = resolve;
        setState({ kind, rows });
      }),
    close: () => {
      setState(null);
      resolveRef.current?.();
      resolveRef.current = null;
    },
  };
}
