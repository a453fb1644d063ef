import { format } from 'node:util';
import { vi } from 'vitest';

/**
 * A console.error during a test is a bug the test did not assert on. Tests about failures declare
 * the errors they expect (React reports every error an error boundary catches).
 */
let seen: string[] = [];
let allowed: RegExp[] = [];

export function allowConsoleError(pattern: RegExp): void {
  allowed.push(pattern);
}

export function watchConsoleErrors(): void {
  seen = [];
  allowed = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    seen.push(format(...args));
  });
}

export function unexpectedConsoleErrors(): string[] {
  const unexpected = seen.filter((line) => !allowed.some((pattern) => pattern.test(line)));
  seen = [];
  allowed = [];
  return unexpected;
}
