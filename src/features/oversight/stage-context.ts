const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type TimeLeft =
  { kind: 'none' } | { kind: 'overdue' } | { kind: 'days'; count: number } | { kind: 'hours'; count: number };

/** Rounded down, so «1 день» is never shown with 20 hours to go. */
export function timeLeft(deadline: string | null, now: number): TimeLeft {
  if (deadline === null) return { kind: 'none' };
  const left = Date.parse(deadline) - now;
  if (left <= 0) return { kind: 'overdue' };
  if (left >= DAY) return { kind: 'days', count: Math.floor(left / DAY) };
  return { kind: 'hours', count: Math.max(1, Math.floor(left / HOUR)) };
}
