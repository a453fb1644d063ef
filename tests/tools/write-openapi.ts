import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '@/api/openapi';

/** Regenerates the committed OpenAPI document; the unit tests fail while it is stale. */
export const OPENAPI_FILE = fileURLToPath(new URL('../../public/openapi.json', import.meta.url));

export function renderOpenApi(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}

// Only write when run as a script, so the test can import the renderer without touching the file.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const fresh = renderOpenApi();
  if (process.argv.includes('--check')) {
    // CI mode: the committed document must be exactly what the contract produces.
    const committed = readFileSync(OPENAPI_FILE, 'utf8');
    if (committed !== fresh) {
      console.error('public/openapi.json is stale: run `npm run openapi` and commit it.');
      process.exit(1);
    }
    console.info('public/openapi.json is current');
  } else {
    writeFileSync(OPENAPI_FILE, fresh);
    console.info(`Wrote ${OPENAPI_FILE}`);
  }
}
