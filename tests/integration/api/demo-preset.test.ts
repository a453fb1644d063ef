import { expect, test } from 'vitest';
import type { MyStageList, QueuePage } from '@/api/schemas/expert-cabinet';
import { buildPreset } from '@mocks/db/seed/build-preset';
import { ApiClient, useMockApi } from '@tests/integration/api/api-client';

const api = useMockApi((now) => buildPreset('demo', now));

/**
 * The same blind-review guarantee as the fixture tests, over the realistic demo data: every expert
 * account reads everything its cabinet offers, and nothing in it names another expert or quotes
 * another expert's comments.
 */
test('across the demo, no expert payload leaks another expert’s identity or comments', async () => {
  const db = api.db();
  const experts = db.all('users').filter((u) => u.roles.includes('expert'));
  expect(experts.length).toBeGreaterThan(1);

  // Seeded comments reuse shared phrases, so text equality proves nothing: mark every sheet with a
  // canary naming its author, and look for other authors' canaries.
  for (const sheet of db.all('sheets')) {
    db.update('sheets', sheet.id, {
      overallComment: `${sheet.overallComment} canary:${sheet.expertId};`,
      comments: Object.fromEntries(
        Object.entries(sheet.comments).map(([id, text]) => [id, `${text} canary:${sheet.expertId};`]),
      ),
    });
  }

  for (const me of experts) {
    const client = new ApiClient();
    expect((await client.login(me.email, me.password)).status).toBe(200);
    const texts: string[] = [];
    const stages = await client.get<MyStageList>('/me/stages');
    texts.push(stages.text);
    const queue = await client.get<QueuePage>('/me/assignments', { query: { pageSize: 500 } });
    texts.push(queue.text);
    const recused = await client.get<QueuePage>('/me/assignments', {
      query: { pageSize: 500, status: 'recused' },
    });
    texts.push(recused.text);
    // A few of each status (the panel opens only on submitted ones) keeps 32 accounts fast.
    const perStatus = new Map<string, number>();
    const sample = [...queue.body.items, ...recused.body.items].filter((item) => {
      const seen = perStatus.get(item.assignment.status) ?? 0;
      perStatus.set(item.assignment.status, seen + 1);
      return seen < 2;
    });
    for (const item of sample) {
      for (const suffix of ['', '/sheet', '/panel']) {
        texts.push((await client.get(`/assignments/${item.assignment.id}${suffix}`)).text);
      }
    }
    for (const { stage } of stages.body.items) {
      texts.push((await client.get('/me/calibration', { query: { stageId: stage.id } })).text);
    }
    const everything = texts.join('\n');

    for (const other of experts.filter((u) => u.id !== me.id)) {
      expect(everything, `${me.email} sees ${other.id}`).not.toContain(`"${other.id}"`);
      expect(everything, `${me.email} sees ${other.fullName}`).not.toContain(other.fullName);
      expect(everything, `${me.email} sees a comment by ${other.id}`).not.toContain(`canary:${other.id};`);
    }
  }
}, 60_000);

test('every demo expert can open their queue and evaluations within the contract', async () => {
  const db = api.db();
  const expert = db
    .all('users')
    .find((u) => u.roles.includes('expert') && db.assignmentsByExpert(u.id).length > 0);
  if (expert === undefined) throw new Error('the demo has no expert with assignments');
  const client = new ApiClient();
  await client.login(expert.email, expert.password);

  const queue = await client.get<QueuePage>('/me/assignments');
  expect(queue.status).toBe(200);
  expect(queue.body.total).toBeGreaterThan(0);
  const first = queue.body.items[0];
  if (first === undefined) throw new Error('empty queue');
  expect((await client.get(`/assignments/${first.assignment.id}`)).status).toBe(200);
});
