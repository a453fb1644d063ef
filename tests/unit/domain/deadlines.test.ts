import { test, expect } from 'vitest';
import { compareIsoInstants, effectiveDeadline, isPastDeadline, timeLeft } from '@/domain/deadlines';

const stage = '2025-04-01T21:00:00.000Z';

test('without extensions the stage deadline applies', () => {
  expect(effectiveDeadline(stage, [], 'e1')).toBe(stage);
});

test('a stage-wide extension applies to every expert', () => {
  const extensions = [{ expertId: null, until: '2025-04-05T21:00:00.000Z' }];
  expect(effectiveDeadline(stage, extensions, 'e1')).toBe('2025-04-05T21:00:00.000Z');
  expect(effectiveDeadline(stage, extensions, 'e2')).toBe('2025-04-05T21:00:00.000Z');
});

test('a personal extension applies only to its expert', () => {
  const extensions = [{ expertId: 'e1', until: '2025-04-03T21:00:00.000Z' }];
  expect(effectiveDeadline(stage, extensions, 'e1')).toBe('2025-04-03T21:00:00.000Z');
  expect(effectiveDeadline(stage, extensions, 'e2')).toBe(stage);
  expect(effectiveDeadline(stage, extensions, null)).toBe(stage);
});

test('the latest applicable extension wins, personal or stage-wide', () => {
  const extensions = [
    { expertId: null, until: '2025-04-05T21:00:00.000Z' },
    { expertId: 'e1', until: '2025-04-03T21:00:00.000Z' },
    { expertId: 'e2', until: '2025-04-09T21:00:00.000Z' },
  ];
  expect(effectiveDeadline(stage, extensions, 'e1')).toBe('2025-04-05T21:00:00.000Z');
  expect(effectiveDeadline(stage, extensions, 'e2')).toBe('2025-04-09T21:00:00.000Z');
});

test('an extension dated before the stage deadline never shortens it', () => {
  const extensions = [{ expertId: 'e1', until: '2025-03-20T21:00:00.000Z' }];
  expect(effectiveDeadline(stage, extensions, 'e1')).toBe(stage);
});

test('extensions written with a time zone offset compare by instant', () => {
  // 23:30 Moscow time is 20:30 UTC, earlier than the stage deadline at 21:00 UTC.
  const earlier = [{ expertId: null, until: '2025-04-01T23:30:00+03:00' }];
  expect(effectiveDeadline(stage, earlier, 'e1')).toBe(stage);
  const later = [{ expertId: null, until: '2025-04-02T00:30:00+03:00' }];
  expect(effectiveDeadline(stage, later, 'e1')).toBe('2025-04-02T00:30:00+03:00');
});

test('the deadline instant itself is not past, one millisecond later is', () => {
  expect(isPastDeadline(stage, stage)).toBe(false);
  expect(isPastDeadline(stage, new Date(Date.parse(stage) + 1))).toBe(true);
  expect(isPastDeadline(stage, '2025-04-01T20:59:59.999Z')).toBe(false);
});

test('time left is split into whole days, hours and minutes, rounded down', () => {
  const now = new Date(Date.parse(stage) - (2 * 86_400_000 + 3 * 3_600_000 + 4 * 60_000 + 59_000));
  expect(timeLeft(stage, now)).toEqual({
    overdue: false,
    days: 2,
    hours: 3,
    minutes: 4,
    totalMs: 2 * 86_400_000 + 3 * 3_600_000 + 4 * 60_000 + 59_000,
  });
});

test('overdue time is reported as a positive duration with a negative total', () => {
  const now = Date.parse(stage) + 90 * 60_000;
  expect(timeLeft(stage, now)).toEqual({
    overdue: true,
    days: 0,
    hours: 1,
    minutes: 30,
    totalMs: -90 * 60_000,
  });
});

test('invalid dates throw rather than silently opening a deadline', () => {
  expect(() => isPastDeadline('not a date', stage)).toThrow(RangeError);
});

test('timestamps compare by instant whatever their format', () => {
  expect(compareIsoInstants('2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.001Z')).toBeLessThan(0);
  expect(compareIsoInstants('2025-01-01T03:00:00+03:00', '2025-01-01T00:00:00.000Z')).toBe(0);
  expect(compareIsoInstants('2025-01-01T00:00:01Z', '2025-01-01T00:00:00.500Z')).toBeGreaterThan(0);
});

test('canonical UTC timestamps are read exactly as Date.parse reads them', () => {
  for (const at of [
    '2025-03-01T10:00:00.000Z',
    '2024-02-29T23:59:59.999Z',
    '2025-12-31T00:00:00Z',
    '1999-01-01T00:00:00Z',
  ]) {
    expect(timeLeft(at, 0).totalMs).toBe(Date.parse(at));
  }
  expect(timeLeft('2025-03-01T13:00:00+03:00', 0).totalMs).toBe(Date.parse('2025-03-01T10:00:00Z'));
});
