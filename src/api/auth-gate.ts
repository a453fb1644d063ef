/**
 * A 401 in the middle of work must not throw the user out: the HTTP client pauses the failed
 * request here, the app shows a re-login dialog over the current screen, and the request is
 * replayed once after the session is back. Concurrent 401s share one re-login.
 */
type ReauthHandler = () => Promise<boolean>;

let handler: ReauthHandler | null = null;
let pending: Promise<boolean> | null = null;

export function setReauthHandler(next: ReauthHandler | null): void {
  handler = next;
}

/** Resolves true when the user signed in again, false when they gave up (or no UI is mounted). */
export function waitForReauth(): Promise<boolean> {
  if (!handler) return Promise.resolve(false);
  pending ??= handler().finally(() => {
    pending = null;
  });
  return pending;
}
