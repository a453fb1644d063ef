const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type TimeLeft =
  | { kind: 'none' }
  | { kind: 'overdue' }
  | { kind: 'days'; count: number; soon: boolean }
  | { kind: 'hours'; count: number; soon: true }
  | { kind: 'underHour'; soon: true };

/**
 * How long until a deadline, in the coarsest unit that is still honest: whole days, then whole hours.
 * Rounds down so "1 day left" is never shown with 20 hours to go. Under two days counts as soon.
 */
export function timeLeft(dueAt: string | null, now: number): TimeLeft {
  if (dueAt === null) return { kind: 'none' };
  const left = new Date(dueAt).getTime() - now;
  if (left <= 0) return { kind: 'overdue' };
  if (left >= DAY) return { kind: 'days', count: Math.floor(left / DAY), soon: left < 2 * DAY };
  if (left >= HOUR) return { kind: 'hours', count: Math.floor(left / HOUR), soon: true };
  return { kind: 'underHour', soon: true };
}
