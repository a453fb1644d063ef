import path from 'node:path';
import { request as apiRequest, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { ACCOUNTS, DEMO_PASSWORD, expect, signIn, test } from './fixtures';

/** The grant contest's expert stage of the demo data: ten 0–10 criteria, a recommendation, an overall comment. */
export const GRANT_STAGE = 'st-grant-expert';
export const GRANT_QUEUE = `/expert/queue?stageId=${GRANT_STAGE}`;
export const MAIN_EXPERT_ID = 'u-expert';

export interface CriterionPlan {
  title: string;
  weight: number;
  /** Its comment box exists (the openness criterion never takes a comment). */
  commented: boolean;
  score: number;
}

const plan = (title: string, weight: number, score: number, commented = true): CriterionPlan => ({
  title,
  weight,
  commented,
  score,
});
export const RELEVANCE = plan('Актуальность и социальная значимость проекта', 2, 8);
export const LOGIC = plan('Логическая связность и реализуемость проекта', 1.5, 7);
export const INNOVATION = plan('Инновационность и уникальность проекта', 0.5, 10);

/** The demo grant criteria in order, with the scores the journeys give them (77 of 100 weighted). */
export const GRANT_SHEET = [
  RELEVANCE,
  LOGIC,
  INNOVATION,
  plan('Соотношение планируемых расходов и ожидаемых результатов', 1, 6),
  plan('Реалистичность бюджета и обоснованность расходов', 1.5, 9),
  plan('Масштаб реализации проекта', 0.5, 5),
  plan('Собственный вклад организации и дополнительные ресурсы', 0.5, 4),
  plan('Опыт организации по профилю проекта', 1, 10),
  plan('Опыт и компетенции команды проекта', 1, 8),
  // A verifiable fact, so the contest takes no comment on it: the form shows no comment box.
  plan('Информационная открытость организации', 0.5, 7, false),
] as const;
/** Σ weight × score of GRANT_SHEET, as the page writes it. */
export const GRANT_TOTAL = '77 из 100';

/** Long enough for every comment rule of the stage (at most 50 characters). */
export function commentFor(index: number): string {
  return `Критерий ${index + 1}: оценка обоснована разделами заявки, сметой и письмами партнёров.`;
}
export const OVERALL_COMMENT =
  'Проект актуален и проработан: цели измеримы, бюджет обоснован, у команды есть опыт. Рекомендую поддержать.';

export const SAVED = /^Сохранено в \d{2}:\d{2}$/;
export const OFFLINE_TEXT = 'Нет сети — изменения сохранены на этом устройстве';

export async function signInAsExpert(page: Page): Promise<void> {
  await page.goto('/login');
  await signIn(page, ACCOUNTS.expert);
  await expect(page).toHaveURL(/\/expert$/);
}

/** The grant stage's queue, then the application by its exact title; returns the assignment id. */
export async function openFromQueue(page: Page, title: string): Promise<string> {
  await page.goto(GRANT_QUEUE);
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(scoreGroup(page, RELEVANCE)).toBeVisible();
  return assignmentIdOf(page);
}

export function assignmentIdOf(page: Page): string {
  const match = /\/expert\/assignments\/([^/?#]+)/.exec(page.url());
  if (match?.[1] === undefined) throw new Error(`not an evaluation page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

export function scoreGroup(page: Page, c: Pick<CriterionPlan, 'title'>): Locator {
  return page.getByRole('radiogroup', { name: `Оценка: ${c.title}`, exact: true });
}

export function scoreOption(page: Page, c: Pick<CriterionPlan, 'title'>, score: number): Locator {
  return page.getByRole('radio', { name: `${c.title}: ${score} из 10`, exact: true });
}

export function commentBox(page: Page, c: Pick<CriterionPlan, 'title'>): Locator {
  return page.getByRole('textbox', { name: `Комментарий к критерию «${c.title}»`, exact: true });
}

/**
 * The visible save status in the page's sticky bar. (Its live region only speaks on trouble and
 * recovery, so the visible text is the one to read here.)
 */
export function saveStatus(page: Page): Locator {
  return page.locator('.save-status__text');
}

/** The whole sheet with the mouse: every score, the comments, the recommendation and the overall comment. */
export async function fillGrantSheet(
  page: Page,
  sheet: readonly CriterionPlan[] = GRANT_SHEET,
): Promise<void> {
  for (const [index, c] of sheet.entries()) {
    await scoreOption(page, c, c.score).click();
    await expect(scoreOption(page, c, c.score)).toHaveAttribute('aria-checked', 'true');
    if (c.commented) await commentBox(page, c).fill(commentFor(index));
  }
  await page.getByRole('radio', { name: 'Поддержать' }).check();
  await page.getByRole('textbox', { name: 'Общий комментарий' }).fill(OVERALL_COMMENT);
}

/** Every value of the sheet is on screen, as it was typed. */
export async function expectSheetOnScreen(page: Page, sheet: readonly CriterionPlan[] = GRANT_SHEET) {
  for (const [index, c] of sheet.entries()) {
    await expect(scoreOption(page, c, c.score)).toHaveAttribute('aria-checked', 'true');
    if (c.commented) await expect(commentBox(page, c)).toHaveValue(commentFor(index));
  }
  await expect(page.getByRole('radio', { name: 'Поддержать' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Общий комментарий' })).toHaveValue(OVERALL_COMMENT);
}

export interface ServerSheet {
  id: string;
  status: 'draft' | 'submitted' | 'returned';
  version: number;
  scores: Record<string, number | null>;
  comments: Record<string, string>;
  recommendation: 'support' | 'reject' | null;
  overallComment: string;
  total: number | null;
}

/**
 * A client of the mock API with its own session (not the browser's cookies), to check what the
 * server holds and to act as another person (an organizer granting an extension).
 */
export class ApiClient {
  private constructor(
    readonly api: APIRequestContext,
    private readonly csrf: string,
  ) {}

  static async signIn(email: string): Promise<ApiClient> {
    const baseURL = test.info().project.use.baseURL;
    const api = await apiRequest.newContext({ baseURL });
    const response = await api.post('/api/v1/session', { data: { email, password: DEMO_PASSWORD } });
    expect(response.ok(), await response.text()).toBe(true);
    const body = (await response.json()) as { csrfToken: string };
    return new ApiClient(api, body.csrfToken);
  }

  /** The expert's sheet for an assignment, or null while there is none on the server. */
  async sheet(assignmentId: string): Promise<ServerSheet | null> {
    const response = await this.api.get(`/api/v1/assignments/${assignmentId}/sheet`);
    if (response.status() === 404) return null;
    expect(response.ok(), await response.text()).toBe(true);
    return (await response.json()) as ServerSheet;
  }

  async assignmentStatus(assignmentId: string): Promise<string> {
    const response = await this.api.get(`/api/v1/assignments/${assignmentId}`);
    expect(response.ok(), await response.text()).toBe(true);
    return ((await response.json()) as { assignment: { status: string } }).assignment.status;
  }

  /** Scores by criterion title, to compare with what the page showed. */
  async scoresByTitle(assignmentId: string): Promise<Record<string, number | null>> {
    const response = await this.api.get(`/api/v1/assignments/${assignmentId}`);
    expect(response.ok(), await response.text()).toBe(true);
    const context = (await response.json()) as {
      criteriaSet: { criteria: { id: string; title: string }[] };
      sheet: ServerSheet | null;
    };
    return Object.fromEntries(
      context.criteriaSet.criteria.map((c) => [c.title, context.sheet?.scores[c.id] ?? null]),
    );
  }

  post(url: string, data: unknown) {
    return this.api.post(url, { data, headers: { 'X-CSRF-Token': this.csrf } });
  }

  dispose(): Promise<void> {
    return this.api.dispose();
  }
}

/** The server holds exactly GRANT_SHEET (by criterion title) with its comments and decision. */
export async function expectServerHasGrantSheet(client: ApiClient, assignmentId: string): Promise<void> {
  const expected = Object.fromEntries(GRANT_SHEET.map((c) => [c.title, c.score]));
  await expect.poll(() => client.scoresByTitle(assignmentId)).toEqual(expected);
  const sheet = await client.sheet(assignmentId);
  expect(Object.values(sheet?.comments ?? {}).sort()).toEqual(
    GRANT_SHEET.flatMap((c, i) => (c.commented ? [commentFor(i)] : [])).sort(),
  );
  expect(sheet?.recommendation).toBe('support');
  expect(sheet?.overallComment).toBe(OVERALL_COMMENT);
}

/** Artifacts for people to look at, not assertions: test-results/screens/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const file = path.join(test.info().project.outputDir, 'screens', `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
}

/**
 * The focused element matches :focus-visible and draws an indicator (its own outline, or the
 * row-wide outline a queue link draws with ::after).
 */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const focused = page.locator(':focus-visible');
  await expect(focused).toHaveCount(1);
  const drawn = await focused.evaluate((el) => {
    const own = getComputedStyle(el);
    const after = getComputedStyle(el, '::after');
    return (
      (own.outlineStyle !== 'none' && own.outlineWidth !== '0px') ||
      (after.outlineStyle !== 'none' && after.outlineWidth !== '0px') ||
      own.boxShadow !== 'none'
    );
  });
  expect(drawn, 'the focused element shows a focus indicator').toBe(true);
  // WCAG 2.4.11: nothing sticky (the page header, the form's footer) covers the focused element.
  const covered = await focused.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    if (hit === null) return 'nothing at its centre';
    const labels =
      el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? [...(el.labels ?? [])] : [];
    const mine = hit === el || el.contains(hit) || hit.contains(el) || labels.some((l) => l.contains(hit));
    return mine ? null : `covered by <${hit.tagName.toLowerCase()} class="${hit.className}">`;
  });
  expect(covered, 'the focused element is not hidden under anything').toBeNull();
}
