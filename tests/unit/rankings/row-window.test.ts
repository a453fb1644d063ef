import { describe, expect, test } from 'vitest';
import { fixedWindow, OVERSCAN, slotKey, windowSize } from '@/features/rankings/row-window';

const range = (startIndex: number, endIndex: number, count = 40_000) => ({
  startIndex,
  endIndex,
  overscan: OVERSCAN,
  count,
});

describe('the ranking window', () => {
  test('holds the same number of rows wherever it is, covering the view and its overscan', () => {
    const size = windowSize(720);
    for (const start of [0, 1, 2, 500, 17_321, 39_990]) {
      const end = Math.min(start + 17, 39_999);
      const rows = fixedWindow(range(start, end), size);
      expect(rows).toHaveLength(size);
      expect(rows[0]).toBeLessThanOrEqual(Math.max(0, start - OVERSCAN));
      expect(rows.at(-1)).toBeGreaterThanOrEqual(Math.min(end + OVERSCAN, 39_999));
      // Consecutive, inside the table.
      expect(rows.every((row, i) => row === (rows[0] ?? 0) + i && row >= 0 && row < 40_000)).toBe(true);
    }
  });

  test('a table shorter than the window shows all of it', () => {
    expect(fixedWindow(range(0, 4, 5), windowSize(720))).toEqual([0, 1, 2, 3, 4]);
    expect(fixedWindow(range(0, 0, 0), windowSize(720))).toEqual([]);
  });

  test('moving by two rows recycles exactly the two slots that left', () => {
    const size = windowSize(720);
    const before = fixedWindow(range(100, 117), size);
    const after = fixedWindow(range(102, 119), size);
    const slots = (rows: number[]) => rows.map((row) => slotKey(row, size));
    expect(new Set(slots(before)).size).toBe(size);
    expect(new Set(slots(after))).toEqual(new Set(slots(before)));
    const left = before.filter((row) => !after.includes(row));
    const entered = after.filter((row) => !before.includes(row));
    expect(entered.map((row) => slotKey(row, size))).toEqual(left.map((row) => slotKey(row, size)));
  });
});
