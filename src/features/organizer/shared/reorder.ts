import type { KeyboardEvent } from 'react';

/**
 * Alt+↑ / Alt+↓ moves the item being edited, the way list editors in office suites do: the step, or
 * null for any other key (plain arrows stay with the focused control). Every reorderable list here uses it.
 */
export function altArrowStep(event: KeyboardEvent): -1 | 1 | null {
  if (!event.altKey) return null;
  if (event.key === 'ArrowUp') return -1;
  if (event.key === 'ArrowDown') return 1;
  return null;
}

/** The Alt+arrow handler for the row at `index` of a list reordered by index. */
export function altArrowMove(index: number, onMove: (from: number, to: number) => void) {
  return (event: KeyboardEvent<HTMLElement>): void => {
    const step = altArrowStep(event);
    if (step === null) return;
    event.preventDefault();
    onMove(index, index + step);
  };
}

/** A copy with the item at `from` moved to `to`; out-of-range moves return the list unchanged. */
export function arrayMove<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length) return copy;
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}
