import type { Attachment } from '@/api/schemas/applications';
import {
  ATTACHMENTS,
  AUDIENCE_COVERAGE,
  GENERIC_RESULTS,
  GENERIC_TASKS,
  GRANTOR_CULTURE,
  GRANTOR_MOSCOW,
  GRANTOR_YOUTH,
  GRANTORS_GENERAL,
  PARTNER_SENTENCES,
  SUMMARY_METHODS,
  SUMMARY_PARTNERS,
  SUMMARY_PUBLICITY,
  SUMMARY_SUSTAINABILITY,
  TITLE_PLACES,
  TITLE_SUFFIXES,
} from './generic-phrases';
import type { Rng } from './random';
import type { RegionInfo } from './regions';
import { capitalize, fill } from './text';
import type { Slots } from './text';
import { THEMES } from './theme-phrases';
import type { ThemeId } from './theme-phrases';

/** The card's free-text fields. */
export interface ApplicationTexts {
  title: string;
  goals: string;
  targetAudience: string;
  summary: string;
  qualitativeResults: string;
}

export interface TextContext {
  /** « в Москве» (leading space) or '' for region-neutral text. */
  where: string;
  /** Administrative centre; '' drops the phrases that need one. */
  city: string;
  year: number;
  participants: number | null;
  /** For person-nominee titles: «Анна Петрова» and «Петровых»; '' drops those titles. */
  person: string;
  family: string;
}

/** «3 года», «5 лет», «21 год». */
function yearsPhrase(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return `${n} год`;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return `${n} года`;
  return `${n} лет`;
}

function slots(rng: Rng, ctx: TextContext): Slots {
  return {
    in: ctx.where,
    city: ctx.city,
    year: String(ctx.year),
    participants: ctx.participants === null ? 'нескольких сотен' : String(ctx.participants),
    person: ctx.person,
    family: ctx.family,
    years: yearsPhrase(rng.int(3, 21)),
    place: rng.pick(TITLE_PLACES),
    partners: rng.pick(SUMMARY_PARTNERS),
  };
}

/** Phrases whose slots the context can fill. */
function usable(phrases: readonly string[], ctx: TextContext): readonly string[] {
  return phrases.filter(
    (p) =>
      (ctx.city !== '' || !p.includes('{city}')) &&
      (ctx.person !== '' || (!p.includes('{person}') && !p.includes('{family}'))),
  );
}

export function composeTitle(rng: Rng, theme: ThemeId, ctx: TextContext): string {
  const s = slots(rng, ctx);
  const stems = usable(THEMES[theme].titles, ctx);
  const personal =
    ctx.person !== '' ? stems.filter((t) => t.includes('{person}') || t.includes('{family}')) : [];
  // A nominated person or family is what the title is about, whenever the theme has such titles.
  const stem = personal.length > 0 && rng.chance(0.7) ? rng.pick(personal) : rng.pick(stems);
  const suffix = stem.includes('{') ? '' : rng.pick(usable(TITLE_SUFFIXES, ctx));
  return fill(stem + suffix, s);
}

function composeGoals(rng: Rng, theme: ThemeId, ctx: TextContext, taskCount: number): string {
  const s = slots(rng, ctx);
  const phrases = THEMES[theme];
  const goal = fill(rng.pick(phrases.goals), s);
  const tasks = rng.sample(phrases.tasks, taskCount).map((t) => fill(t, s));
  if (taskCount >= 3 && rng.chance(0.4)) tasks.push(rng.pick(GENERIC_TASKS));
  if (tasks.length === 0) return `${goal}.`;
  switch (rng.int(0, 2)) {
    case 0:
      return `${goal}. Задачи: ${tasks.map((t, i) => `${i + 1}) ${t}`).join('; ')}.`;
    case 1:
      return `${goal}. Задачи проекта: ${tasks.join('; ')}.`;
    default:
      // The seed card's style: a dash list run into one paragraph.
      return `${goal}. ${tasks.map((t, i) => (i === 0 ? capitalize(t) : `- ${t}`)).join('; ')}.`;
  }
}

function composeAudience(
  rng: Rng,
  theme: ThemeId,
  ctx: TextContext,
  count: number,
  coverage: boolean,
): string {
  const groups = rng.sample(THEMES[theme].audiences, count).map(capitalize).join('; ');
  if (!coverage || ctx.participants === null) return groups;
  return `${groups}. ${fill(rng.pick(AUDIENCE_COVERAGE), slots(rng, ctx))}`;
}

function composeSummary(rng: Rng, theme: ThemeId, ctx: TextContext, sentenceCount: number): string {
  const s = slots(rng, ctx);
  const activityCount = Math.max(1, Math.min(3, sentenceCount - 1));
  const sentences = rng.sample(THEMES[theme].activities, activityCount).map((a) => fill(a, s));
  const extras = [
    rng.pick(usable(SUMMARY_METHODS, ctx)),
    rng.pick(PARTNER_SENTENCES),
    rng.pick(SUMMARY_SUSTAINABILITY),
    rng.pick(SUMMARY_PUBLICITY),
  ];
  for (const extra of rng.shuffle(extras)) {
    if (sentences.length >= sentenceCount) break;
    sentences.push(fill(extra, s));
  }
  return sentences.join(' ');
}

function composeResults(rng: Rng, theme: ThemeId, count: number): string {
  const results = rng.sample(THEMES[theme].results, count);
  if (count >= 3 && rng.chance(0.35)) results.push(rng.pick(GENERIC_RESULTS));
  return results.join(rng.chance(0.6) ? ', ' : '; ');
}

/** Full-length card texts (2–6 sentences per field), as the demo shows them. */
export function composeApplicationTexts(rng: Rng, theme: ThemeId, ctx: TextContext): ApplicationTexts {
  return {
    title: composeTitle(rng, theme, ctx),
    goals: composeGoals(rng, theme, ctx, rng.int(2, 5)),
    targetAudience: composeAudience(rng, theme, ctx, rng.int(2, 4), rng.chance(0.6)),
    summary: composeSummary(rng, theme, ctx, rng.int(3, 6)),
    qualitativeResults: composeResults(rng, theme, rng.int(3, 5)),
  };
}

/** Shorter region-neutral variants the season preset shares across rows. */
export interface TextPool {
  titles: string[];
  goals: string[];
  targetAudience: string[];
  summary: string[];
  qualitativeResults: string[];
}

/**
 * Precomputed texts per theme: the season preset picks one of each field per application, so
 * 40,000 cards cost a few thousand strings instead of 200,000.
 */
export function buildTextPool(rng: Rng, theme: ThemeId, year: number, size: number): TextPool {
  const ctx: TextContext = { where: '', city: '', year, participants: null, person: '', family: '' };
  const pool: TextPool = { titles: [], goals: [], targetAudience: [], summary: [], qualitativeResults: [] };
  for (let i = 0; i < size; i++) {
    pool.titles.push(composeTitle(rng, theme, ctx));
    pool.goals.push(composeGoals(rng, theme, ctx, rng.int(0, 2)));
    pool.targetAudience.push(composeAudience(rng, theme, ctx, rng.int(1, 3), false));
    pool.summary.push(composeSummary(rng, theme, ctx, 2));
    pool.qualitativeResults.push(composeResults(rng, theme, rng.int(2, 3)));
  }
  return pool;
}

export function pickGrantor(rng: Rng, theme: ThemeId, region: RegionInfo): string {
  if (region.code === '77' && rng.chance(0.35)) return GRANTOR_MOSCOW;
  if (theme === 'youth' && rng.chance(0.35)) return GRANTOR_YOUTH;
  if ((theme === 'culture' || theme === 'memory') && rng.chance(0.25)) return GRANTOR_CULTURE;
  const grantor = rng.pick(GRANTORS_GENERAL);
  return grantor.startsWith('Региональный') ? `${grantor} (${region.name})` : grantor;
}

/**
 * Requested amount in whole roubles, 150 000 – 15 000 000, skewed to the 0.5–3 million typical of
 * NGO grants and rounded the way budgets are (to thousands, sometimes to tens or hundreds of thousands).
 */
export function pickAmount(rng: Rng): number {
  const low = Math.log(150_000);
  const high = Math.log(15_000_000);
  const raw = Math.exp(low + (high - low) * rng.next() ** 1.6);
  const step =
    raw < 1_000_000
      ? rng.weighted([
          [1_000, 6],
          [5_000, 2.5],
          [10_000, 1.5],
        ] as const)
      : rng.weighted([
          [1_000, 4],
          [10_000, 3],
          [50_000, 2],
          [100_000, 1],
        ] as const);
  return Math.min(15_000_000, Math.max(150_000, Math.round(raw / step) * step));
}

/**
 * 20 – 5000 participants, tied to the amount through a cost per participant (300 – 30 000 ₽), so a
 * 7-million project does not claim twenty participants; rounded as applicants round.
 */
export function pickParticipants(rng: Rng, amount: number): number | null {
  if (rng.chance(0.03)) return null;
  const perHead = Math.exp(Math.log(300) + (Math.log(30_000) - Math.log(300)) * rng.next());
  const raw = amount / perHead;
  const step = rng.weighted([
    [1, 5],
    [10, 3],
    [50, 1],
    [100, 1],
  ] as const);
  return Math.min(5000, Math.max(20, Math.round(raw / step) * step));
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Project dates inside the contest year: starts in the first half, runs six months or more. */
export function pickProjectDates(rng: Rng, year: number): { startDate: string; endDate: string } {
  const startMonth = rng.weighted([
    [1, 3],
    [2, 1],
    [3, 3],
    [4, 2],
    [5, 2],
    [6, 2],
  ] as const);
  const startDay = rng.chance(0.8) ? 1 : 15;
  const endMonth = Math.min(12, startMonth + rng.int(6, 11));
  const endDay = rng.chance(0.85) ? lastDayOfMonth(year, endMonth) : 15;
  return {
    startDate: `${year}-${pad2(startMonth)}-${pad2(startDay)}`,
    endDate: `${year}-${pad2(endMonth)}-${pad2(endDay)}`,
  };
}

export function pickConfirmedByRegion(rng: Rng): boolean | null {
  return rng.weighted([
    [true, 50],
    [null, 35],
    [false, 15],
  ] as const);
}

/** 0–5 attachments; `nextId` hands out file IDs so they stay unique across the preset. */
export function makeAttachments(rng: Rng, nextId: () => string, max = 5): Attachment[] {
  const count = rng.weighted([
    [0, 1],
    [1, 2],
    [2, 3],
    [3, 3],
    [4, 2],
    [5, 1],
  ] as const);
  const picked = rng.sample(ATTACHMENTS, Math.min(count, max));
  return picked.map(([name, minBytes, maxBytes]) =>
    makeAttachment(nextId(), name, rng.int(minBytes, maxBytes)),
  );
}

export function makeAttachment(id: string, name: string, size: number): Attachment {
  return { id, name, size, url: `/files/${id}/${encodeURIComponent(name)}` };
}
