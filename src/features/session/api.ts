import { apiJson, setCsrfToken } from '@/api/http-client';
import type { LoginRequest, Session } from '@/api/schemas/session';

export async function fetchSession(signal?: AbortSignal): Promise<Session> {
  const session = await apiJson<Session>('/session', { signal, skipReauth: true });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function login(credentials: LoginRequest): Promise<Session> {
  const session = await apiJson<Session>('/session', { method: 'POST', body: credentials, skipReauth: true });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logout(): Promise<void> {
  try {
    await apiJson<void>('/session', { method: 'DELETE', skipReauth: true });
  } finally {
    setCsrfToken(null);
  }
}
