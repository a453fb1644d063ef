import { z } from 'zod';
import { IsoDateTime, Role } from './common';

/** Resilience switches of the mock backend, to exercise the UI's retry and offline paths. */
export const MockSettings = z
  .object({
    /** Added to every response. */
    latencyMs: z.number().int().min(0).max(10000),
    /** Share of requests that fail with a 500, 0..1. */
    failureRate: z.number().min(0).max(1),
    /** Every request fails as a network error, as if the connection dropped. */
    offline: z.boolean(),
  })
  .meta({ id: 'MockSettings' });
export type MockSettings = z.infer<typeof MockSettings>;

export const MockPreset = z.enum(['demo', 'season', 'empty']).meta({ id: 'MockPreset' });
export type MockPreset = z.infer<typeof MockPreset>;

/** Demo accounts, listed openly on the login page: the mock holds no real secrets. */
export const MockAccount = z
  .object({ email: z.email(), password: z.string(), fullName: z.string(), roles: z.array(Role) })
  .meta({ id: 'MockAccount' });
export type MockAccount = z.infer<typeof MockAccount>;

export const MockClock = z
  .object({
    /** How far the mock's clock runs ahead of (or behind) the real one. */
    offsetMs: z.number().int(),
    now: IsoDateTime,
  })
  .meta({ id: 'MockClock' });
export type MockClock = z.infer<typeof MockClock>;

export const MockState = z
  .object({
    preset: MockPreset,
    settings: MockSettings,
    accounts: z.array(MockAccount),
    clock: MockClock,
  })
  .meta({ id: 'MockState' });
export type MockState = z.infer<typeof MockState>;

export const MockResetRequest = z.object({ preset: MockPreset }).meta({ id: 'MockResetRequest' });
export type MockResetRequest = z.infer<typeof MockResetRequest>;

export const MockClockRequest = z
  .object({ offsetMs: z.number().int().min(-31_536_000_000).max(31_536_000_000) })
  .meta({ id: 'MockClockRequest' });
export type MockClockRequest = z.infer<typeof MockClockRequest>;

export const MockReminder = z
  .object({ at: IsoDateTime, stageId: z.string(), expertIds: z.array(z.string()) })
  .meta({ id: 'MockReminder' });
export type MockReminder = z.infer<typeof MockReminder>;

export const MockReminderList = z.object({ items: z.array(MockReminder) }).meta({ id: 'MockReminderList' });
export type MockReminderList = z.infer<typeof MockReminderList>;
