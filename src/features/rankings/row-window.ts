/**
 * The ranking table's window of rows: a fixed row height, a window of constant size and the slot
 * each row is drawn in. Pure arithmetic, shared by the table and its tests.
 */

/** What the virtualiser reports: the rows in view and how many to add beyond each edge. */
export interface VisibleRange {
  startIndex: number;
  endIndex: number;
  overscan: number;
  count: number;
}

/** Every row is exactly this tall (CSS `.ranking-row` agrees), so positions are arithmetic. */
export const ROW_HEIGHT = 41;
/**
 * Rows rendered beyond each edge of the window: enough to cover a frame's scroll distance, so a
 * row is in the DOM, laid out and painted before it comes into view, but not a screenful more.
 */
export const OVERSCAN = 6;
/** The virtualiser's first guess of the scroll box before it is measured (and jsdom's, which has no layout). */
export const INITIAL_RECT = { width: 1200, height: 720 };

/**
 * How many rows the window holds for a scroll box this tall: always the same number, so the rows
 * can be recycled (see `slotKey`).
 */
export function windowSize(height: number): number {
  return Math.ceil(height / ROW_HEIGHT) + 1 + 2 * OVERSCAN;
}

/**
 * A window of exactly `size` consecutive rows covering the visible range and its overscan (the
 * default extractor's window shrinks and grows by a row as the offset moves).
 */
export function fixedWindow(range: VisibleRange, size: number): number[] {
  const length = Math.min(size, range.count);
  const start = Math.max(0, Math.min(range.startIndex - range.overscan, range.count - length));
  return Array.from({ length }, (_, i) => start + i);
}

/**
 * Rows are keyed by their slot in the window, not by application: as the window moves down by two
 * rows, the two slots that leave at the top are the two that enter at the bottom, so React updates
 * their text and offset in place instead of removing one element tree and building another. No
 * element is created or styled anew while scrolling; the browser lays out and paints just the
 * recycled rows. (A window of `size` consecutive indexes maps onto `size` distinct slots.)
 */
export function slotKey(index: number, size: number): string {
  return `slot-${index % size}`;
}
