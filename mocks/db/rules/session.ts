import type { Session } from '@/api/schemas/session';
import type { MockDatabase } from '@mocks/db/database';
import type { SessionRow, UserRow } from '@mocks/db/tables';
import { ApiProblem, SESSION_COOKIE, SESSION_TTL_MS } from '@mocks/handlers/support';

function randomToken(): string {
  // Tokens must be unguessable even in a fake: the session cookie is the only credential.
  return crypto.randomUUID().replaceAll('-', '') + crypto.randomUUID().replaceAll('-', '');
}

export function sessionPayload(user: UserRow, session: SessionRow): Session {
  return {
    user: { id: user.id, email: user.email, fullName: user.fullName, roles: user.roles },
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
  };
}

/** Same answer for an unknown email and a wrong password: the login form must not reveal who exists. */
export function login(
  db: MockDatabase,
  email: string,
  password: string,
): { user: UserRow; session: SessionRow } {
  const wanted = email.trim().toLowerCase();
  const user = db.all('users').find((u) => u.email.toLowerCase() === wanted);
  if (user === undefined || user.password !== password) {
    throw new ApiProblem(401, 'invalidCredentials');
  }
  const session: SessionRow = {
    token: randomToken(),
    userId: user.id,
    csrfToken: randomToken(),
    // Real clock, like the expiry check: the mock clock only moves deadlines.
    expiresAt: new Date(Date.now() + SESSION_TTL_MS).toISOString(),
  };
  db.insert('sessions', session);
  return { user, session };
}

export function logout(db: MockDatabase, token: string): void {
  db.remove('sessions', token);
}

export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}
