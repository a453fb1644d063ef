import { useRef, useState, type KeyboardEvent } from 'react';

/**
 * A roving tabindex over a list of items: Tab enters the list once, at the last focused item, and the
 * arrow keys, Home and End move within it. Enter is left to the item itself (a link opens).
 */
export function useRovingFocus<T extends HTMLElement>(count: number) {
  const [active, setActive] = useState(0);
  const items = useRef<(T | null)[]>([]);
  const current = Math.min(active, Math.max(0, count - 1));

  function target(key: string, index: number): number | null {
    switch (key) {
      case 'ArrowDown':
        return Math.min(count - 1, index + 1);
      case 'ArrowUp':
        return Math.max(0, index - 1);
      case 'Home':
        return 0;
      case 'End':
        return count - 1;
      default:
        return null;
    }
  }

  return function itemProps(index: number) {
    return {
      ref: (element: T | null) => {
        items.current[index] = element;
      },
      tabIndex: index === current ? 0 : -1,
      onFocus: () => setActive(index),
      onKeyDown: (event: KeyboardEvent<T>) => {
        if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
        const next = target(event.key, index);
        if (next === null) return;
        // Arrow keys would otherwise scroll the page under the focus.
        event.preventDefault();
        setActive(next);
        items.current[next]?.focus();
      },
    };
  };
}
