import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { MockDatabase, setDb, type DbSnapshot } from '@mocks/db/database';
import { server } from '@mocks/node';
import { loadMessageAreas, MESSAGE_AREAS } from '@/i18n/areas';
import { initI18n } from '@/i18n/i18n';
import { unexpectedConsoleErrors, watchConsoleErrors } from './console-guard';
import { clearCookies, installCookieFetch } from './cookie-fetch';

// Every response the mock sends in tests is checked against the contract.
(globalThis as { __MOCK_VALIDATE_RESPONSES__?: boolean }).__MOCK_VALIDATE_RESPONSES__ = true;

// A loaded CI machine (two workers on two cores, route modules transformed on first use) can take
// longer than the default second to show a page; waiting longer only slows tests that fail anyway.
configure({ asyncUtilTimeout: 4000 });

let demo: DbSnapshot | null = null;
let uninstallCookies: (() => void) | null = null;

beforeAll(async () => {
  server.listen({ onUnhandledFrame: 'error' });
  uninstallCookies = installCookieFetch();
  // Files that opt into the node environment (pure contract checks) have no DOM to translate into.
  if (typeof document !== 'undefined') {
    await initI18n('ru');
    // Routes load their cabinet's messages themselves; components rendered alone need them up front.
    await loadMessageAreas(MESSAGE_AREAS);
  }
});

beforeEach((context) => {
  watchConsoleErrors();
  // Unit tests of pure code never reach the mock server, so they skip its per-test reset.
  if (context.task.file.filepath.includes('/tests/unit/')) return;
  // Building the demo preset once per file and cloning it keeps tests isolated and fast.
  demo ??= MockDatabase.fromPreset('demo').snapshot();
  setDb(MockDatabase.fromSnapshot(structuredClone(demo)));
});

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
  server.resetHandlers();
  clearCookies();
  if (typeof localStorage !== 'undefined') localStorage.clear();
  const errors = unexpectedConsoleErrors();
  if (errors.length > 0) throw new Error(`console.error was called:\n${errors.join('\n')}`);
});

afterAll(() => {
  uninstallCookies?.();
  server.close();
});

// jsdom has <dialog> but not its modal API; real browsers (and the e2e suite) use the real one.
if (typeof HTMLDialogElement !== 'undefined' && typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
