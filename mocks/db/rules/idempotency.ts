import type { MockDatabase } from '@mocks/db/database';
import { idempotencyKey } from '@mocks/db/database';
import type { IdempotencyRow } from '@mocks/db/tables';
import { ApiProblem } from '@mocks/handlers/support';

/** Keys are remembered for a day, long enough for any client retry loop. */
const KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** Key order must not matter: a client may serialise the same content differently on retry. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** FNV-1a, 32-bit: enough to tell two request bodies apart, no crypto needed in a fake. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return `${fnv1a(`${method.toUpperCase()} ${path}\n${canonicalJson(body)}`)}:${canonicalJson(body).length}`;
}

export interface StoredResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * The remembered response for this user's key, or null when the key is new. A key reused for a
 * different request is refused: silently replaying the old answer would hide the new content's loss.
 */
export function findReplay(
  db: MockDatabase,
  userId: string,
  key: string,
  fingerprint: string,
  now: Date,
): StoredResponse | null {
  const row = db.get('idempotency', idempotencyKey(userId, key));
  if (row === undefined) return null;
  if (now.getTime() - Date.parse(row.at) > KEY_TTL_MS) {
    db.remove('idempotency', idempotencyKey(userId, key));
    return null;
  }
  if (row.fingerprint !== fingerprint) {
    throw new ApiProblem(422, 'idempotencyMismatch', undefined, {
      errors: [
        {
          field: 'headers.Idempotency-Key',
          code: 'idempotencyMismatch',
          message: 'Этот ключ уже использован для другого запроса',
        },
      ],
    });
  }
  return { status: row.status, body: row.body, headers: row.headers ?? {} };
}

/**
 * Only successes are remembered: a refused attempt (stale version, deadline) changed nothing, and the
 * client must be able to fix the cause and retry with the same key.
 */
export function rememberResponse(
  db: MockDatabase,
  input: { userId: string; key: string; fingerprint: string; response: StoredResponse; now: Date },
): void {
  const cutoff = input.now.getTime() - KEY_TTL_MS;
  db.removeWhere('idempotency', (row) => Date.parse(row.at) < cutoff);
  const row: IdempotencyRow = {
    key: input.key,
    userId: input.userId,
    fingerprint: input.fingerprint,
    status: input.response.status,
    body: structuredClone(input.response.body),
    headers: input.response.headers,
    at: input.now.toISOString(),
  };
  db.insert('idempotency', row);
}
