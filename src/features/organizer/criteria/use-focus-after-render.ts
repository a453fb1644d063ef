import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Moves focus to an element by id once React has rendered it: an error summary that appears on a
 * failed save, or a criterion's button after the criterion moved (moving a node drops its focus).
 */
export function useFocusAfterRender(): (id: string) => void {
  const target = useRef<string | null>(null);
  const [tick, setTick] = useState(0);
  useLayoutEffect(() => {
    const id = target.current;
    if (id === null) return;
    target.current = null;
    const element = document.getElementById(id);
    if (element === null) return;
    element.focus({ preventScroll: true });
    if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' });
  }, [tick]);
  return (id: string) => {
    target.current = id;
    setTick((n) => n + 1);
  };
}
