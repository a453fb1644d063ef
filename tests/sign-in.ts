import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { getDb } from '@mocks/db/database';

export const DEMO_PASSWORD = 'demo';

/** Signs in the way a user does: through the login form. */
export async function signInThroughForm(
  user: UserEvent,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await screen.findByRole('heading', { name: 'Вход в кабинет' });
  await user.type(screen.getByLabelText('Электронная почта'), email);
  await user.type(screen.getByLabelText('Пароль'), password);
  await user.click(screen.getByRole('button', { name: 'Войти' }));
}

/** Starts a session before rendering, for tests about what happens after signing in. */
export async function signInByApi(email: string, password = DEMO_PASSWORD): Promise<void> {
  const response = await fetch(`${window.location.origin}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${email} failed with ${response.status}`);
}

/** What a server restart or an idle timeout does: every session is gone, the cookie stays. */
export function expireAllSessions(): void {
  getDb().removeWhere('sessions', () => true);
}
