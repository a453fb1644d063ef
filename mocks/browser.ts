import { setupWorker } from 'msw/browser';
import { MockDatabase, setDb } from '@mocks/db/database';
import { createBrowserPersistence } from '@mocks/db/persistence';
import { handlers } from '@mocks/handlers/all-handlers';

/**
 * Starts the mock backend in the browser: the saved demo state from IndexedDB (or a fresh demo seed
 * built against the real clock), persisted after every change and shared with other tabs.
 */
export async function startMockWorker(): Promise<void> {
  const persistence = createBrowserPersistence();
  const saved = await persistence.load();
  const db = saved === null ? MockDatabase.fromPreset('demo', new Date()) : MockDatabase.fromSnapshot(saved);
  setDb(db);
  persistence.attach(db);
  // A fresh seed is written now, so a second tab opened before any change finds the same data.
  await db.flushChanges();

  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
    // The catch-all answers every unknown /api/v1 path, so whatever is unhandled is not the API:
    // assets, HMR and fonts go to the network untouched.
    onUnhandledFrame: 'bypass',
  });
}
