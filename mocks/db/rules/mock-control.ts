import type { MockDatabase } from '@mocks/db/database';
import type { PresetName } from '@mocks/db/tables';

export function mockClock(db: MockDatabase): { offsetMs: number; now: string } {
  return { offsetMs: db.clockOffsetMs, now: db.nowIso() };
}

export function mockState(db: MockDatabase) {
  return {
    preset: db.preset,
    settings: { ...db.settings },
    // The login page lists these; in a demo the passwords are not secrets.
    accounts: db
      .all('users')
      .map((u) => ({ email: u.email, password: u.password, fullName: u.fullName, roles: u.roles })),
    clock: mockClock(db),
  };
}

/**
 * A fresh preset built against the real clock. Everyone is signed out, as the contract says: a
 * session must not outlive the data it was opened against.
 */
export function resetDatabase(db: MockDatabase, preset: PresetName): void {
  db.reset(preset);
}

export function reminderLog(db: MockDatabase) {
  const items = db
    .all('reminders')
    .map((r) => ({ at: r.at, stageId: r.stageId, expertIds: [...r.expertIds] }))
    .sort((a, b) => b.at.localeCompare(a.at));
  return { items };
}
