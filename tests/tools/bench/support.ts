import { spawn, type ChildProcess } from 'node:child_process';

/** Loopback ports of the benchmark (4610–4620), fixed so a stray run is easy to find. */
export const PORTS = { server: 4610, lighthouseChrome: 4611 } as const;
export const HOST = '127.0.0.1';
export const BASE_URL = `http://${HOST}:${PORTS.server}`;
export { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../chromium';

/** The benchmark data: the season preset's stress contest and the expert's twenty-criterion form. */
export const SEASON = {
  stageId: 'st-season-expert',
  /** The season's largest real nomination (6,000 applications), for Lighthouse. */
  nominationId: 'nom-s-social',
  stressStageId: 'st-season-stress',
  stressNominationId: 'nom-stress-all',
  wideNominationId: 'nom-stress-wide',
} as const;

export const ACCOUNTS = {
  expert: 'expert@demo.ru',
  coordinator: 'coordinator@demo.ru',
  organizer: 'organizer@demo.ru',
} as const;
export const PASSWORD = 'demo';

/** Everything started by the benchmark, stopped in reverse order even when a step fails. */
export class Cleanup {
  private readonly steps: { name: string; run: () => Promise<void> | void }[] = [];

  add(name: string, run: () => Promise<void> | void): void {
    this.steps.push({ name, run });
  }

  async runAll(): Promise<void> {
    while (this.steps.length > 0) {
      const step = this.steps.pop();
      if (step === undefined) break;
      try {
        await step.run();
      } catch (error) {
        console.warn(`cleanup of ${step.name} failed:`, error);
      }
    }
  }
}

export function log(message: string): void {
  console.info(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Runs a command to completion; rejects with its output on a non-zero exit. */
export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${out}`)),
    );
  });
}

/** A long-running child (the mock server); `stop` kills it by its own PID only. */
export function startChild(
  command: string,
  args: readonly string[],
): { child: ChildProcess; stop: () => Promise<void> } {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(`  [server] ${chunk.toString()}`));
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    if (!text.includes('nodedir')) process.stderr.write(`  [server] ${text}`);
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return { child, stop };
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export interface ApiSession {
  cookie: string;
  csrfToken: string;
}

/** Signs in through the API, as the login form would; returns the cookie header to send. */
export async function signInByApi(email: string): Promise<ApiSession> {
  const response = await fetch(`${BASE_URL}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in as ${email} failed: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .join('; ');
  const body = (await response.json()) as { csrfToken?: string };
  return { cookie, csrfToken: body.csrfToken ?? '' };
}

export async function apiGet<T>(session: ApiSession, path: string): Promise<T> {
  const response = await fetch(`${BASE_URL}/api/v1${path}`, {
    headers: { Cookie: session.cookie, Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

export const round1 = (value: number): number => Math.round(value * 10) / 10;
