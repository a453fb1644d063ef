import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import type { Sheet } from '@/api/schemas/sheets';
import { MockDatabase, setDb } from '@mocks/db/database';
import { createBrowserPersistence } from '@mocks/db/persistence';
import { ApiClient } from '@tests/integration/api/api-client';
import { buildFixture, PASSWORD, users } from '@tests/integration/api/fixture';

const draft = (relevance: number) => ({
  scores: { 'cr-relevance': relevance, 'cr-feasibility': null, 'cr-budget': null },
  comments: {},
  recommendation: null,
  overallComment: '',
});

/** Opens a "tab": loads what IndexedDB holds (or seeds it) and serves requests from it. */
async function openTab(): Promise<{ db: MockDatabase; detach: () => void }> {
  const persistence = createBrowserPersistence();
  const saved = await persistence.load();
  const db = saved === null ? new MockDatabase(buildFixture(new Date())) : MockDatabase.fromSnapshot(saved);
  setDb(db);
  const detach = persistence.attach(db);
  await db.flushChanges();
  return { db, detach };
}

test('a save survives a reload, and a stale save from a second tab gets 412', async () => {
  const first = await openTab();
  const anna = new ApiClient();
  await anna.login(users.anna.email, PASSWORD);
  const saved = await anna.call<Sheet>('PUT', '/assignments/asg-1/sheet', { body: draft(5) });
  expect(saved.status).toBe(200);
  first.detach();

  // "Reload": a new tab reads IndexedDB; the save and the session are there.
  const second = await openTab();
  expect(second.db.sheetByAssignment('asg-1')?.scores['cr-relevance']).toBe(5);
  const reloaded = await anna.get<Sheet>('/assignments/asg-1/sheet');
  expect(reloaded.status).toBe(200);
  expect(reloaded.headers.get('etag')).toBe('"1"');

  // The second tab saves version 2…
  expect(
    (await anna.call('PUT', '/assignments/asg-1/sheet', { body: draft(7), headers: { 'If-Match': '"1"' } }))
      .status,
  ).toBe(200);
  second.detach();

  // …while the first tab's database still holds version 1. Back in the first tab, its stale save is
  // refused: the sync before the request pulls in the second tab's write.
  setDb(first.db);
  const tab1 = createBrowserPersistence();
  const detachTab1 = tab1.attach(first.db);
  expect(first.db.sheetByAssignment('asg-1')?.version).toBe(1);
  const stale = await anna.call<{ code: string; current: Sheet }>('PUT', '/assignments/asg-1/sheet', {
    body: draft(1),
    headers: { 'If-Match': '"1"' },
  });
  expect(stale.status).toBe(412);
  expect(stale.body.current.scores['cr-relevance']).toBe(7);
  detachTab1();
});
