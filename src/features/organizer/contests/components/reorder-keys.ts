import type { KeyboardEvent } from 'react';

/**
 * Alt+↑/↓ on any of a row's buttons moves the row, the way list editors in office suites do.
 * Returns the handler for the row at `index`.
 */
export function altArrowMove(index: number, onMove: (from: number, to: number) => void) {
  return (event: KeyboardEvent<HTMLElement>): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
  };
}
