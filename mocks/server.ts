import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import sirv from 'sirv';
import { MockDatabase, setDb } from '@mocks/db/database';
import type { PresetName } from '@mocks/db/tables';
import { handlers } from '@mocks/handlers/all-handlers';

/**
 * The mock backend as a real HTTP server: the same handlers the browser worker serves, behind
 * node:http, optionally with the built SPA in front. Used by `npm run preview`, the e2e suite and
 * benchmarks (`--preset season`).
 */

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
    "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
    "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const CSP_REPORT_PATH = '/__csp-report';
/** Request headers that describe the Node connection, not the request; undici refuses some of them. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'content-length',
  'expect',
]);
const MAX_BODY_BYTES = 20 * 1024 * 1024;

export interface MockHttpServerOptions {
  port: number;
  host: string;
  preset: PresetName;
  /** The built SPA to serve next to the API, with index.html as the fallback for client routes. */
  staticDir?: string | null;
}

export interface MockHttpServer {
  server: Server;
  /** e.g. http://127.0.0.1:4010 — with the real port when 0 was asked for. */
  url: string;
  db: MockDatabase;
  buildMs: number;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('Request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function toFetchRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i];
    const value = raw[i + 1];
    if (name === undefined || value === undefined || HOP_BY_HOP.has(name.toLowerCase())) continue;
    headers.append(name, value);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const body = hasBody ? await readBody(req) : null;
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: body !== null && body.length > 0 ? new Uint8Array(body) : null,
  });
}

function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

async function writeFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  // HttpResponse.error() is the offline switch: drop the connection like a dead network would.
  if (response.type === 'error') {
    res.destroy();
    return;
  }
  for (const [name, value] of response.headers) {
    if (name.toLowerCase() === 'set-cookie') continue;
    res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies);
  res.statusCode = response.status;
  const body = response.body === null ? null : Buffer.from(await response.arrayBuffer());
  res.end(body);
}

function sendPlain(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}

async function handleCspReport(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  console.warn(`[csp-report] ${body.toString('utf8').slice(0, 4000)}`);
  res.statusCode = 204;
  res.end();
}

export async function startMockHttpServer(options: MockHttpServerOptions): Promise<MockHttpServer> {
  const started = performance.now();
  // The seed is built against the real clock at start, so deadlines look the same relative to today.
  const db = MockDatabase.fromPreset(options.preset, new Date());
  setDb(db);
  await db.flushChanges();
  const buildMs = performance.now() - started;

  const serveStatic =
    options.staticDir === undefined || options.staticDir === null
      ? null
      : sirv(resolve(options.staticDir), {
          single: true,
          etag: true,
          // The build writes .br/.gz beside each asset (vite.config.ts), as a real static host would serve.
          brotli: true,
          gzip: true,
          dev: false,
          setHeaders(res, pathname) {
            // Vite fingerprints everything under /assets; index.html must always be revalidated.
            res.setHeader(
              'Cache-Control',
              pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
            );
          },
        });

  let origin = '';
  const server = createServer((req, res) => {
    setSecurityHeaders(res);
    void (async () => {
      try {
        const path = new URL(req.url ?? '/', origin).pathname;
        if (path === CSP_REPORT_PATH && req.method === 'POST') {
          await handleCspReport(req, res);
          return;
        }
        const request = await toFetchRequest(req, origin);
        // baseUrl lets the handlers' relative paths (/api/v1/…) match absolute URLs in Node.
        const response = await getResponse(handlers, request, { baseUrl: origin });
        if (response !== undefined) {
          await writeFetchResponse(res, response);
          return;
        }
        if (serveStatic !== null) {
          serveStatic(req, res, () => sendPlain(res, 404, 'Not found'));
          return;
        }
        sendPlain(res, 404, 'Not found');
      } catch (error) {
        console.error('[mock server]', error);
        if (!res.headersSent) sendPlain(res, 500, 'Internal error');
        else res.destroy();
      }
    })();
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${hostForUrl}:${address.port}`;

  return {
    server,
    url: origin,
    db,
    buildMs,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}

function parsePreset(value: string): PresetName {
  if (value === 'demo' || value === 'season' || value === 'empty') return value;
  throw new Error(`Unknown preset "${value}": use demo, season or empty`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      preset: { type: 'string', default: 'demo' },
      static: { type: 'string' },
    },
  });
  const preset = parsePreset(values.preset);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Bad --port ${values.port}`);
  const running = await startMockHttpServer({
    port,
    host: values.host,
    preset,
    staticDir: values.static ?? null,
  });
  console.info(
    `mock server listening on ${running.url} (preset ${preset}, built in ${(running.buildMs / 1000).toFixed(1)} s)`,
  );
  const stop = (): void => {
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
