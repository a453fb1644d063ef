import type { Actor } from '@/api/schemas/common';
import type { Recommendation, SheetContent } from '@/api/schemas/sheets';
import type { AuditEventRow, SheetHistoryRow } from '../tables';
import { bandOf } from './comments';
import type { CommentBank } from './comments';
import type { Rng } from './random';
import type { Scores, ScoringCriterion } from './scoring';
import { iso } from './time';
import { actor } from './users';

export function scoresRecord(
  criteria: readonly ScoringCriterion[],
  scores: Scores,
): Record<string, number | null> {
  const record: Record<string, number | null> = {};
  for (let i = 0; i < criteria.length; i++) record[(criteria[i] as ScoringCriterion).id] = scores[i] ?? null;
  return record;
}

/** Adds applicant-specific detail to a bank comment (the demo quotes the application). */
export type Decorate = (criterion: ScoringCriterion, text: string) => string;

/**
 * Justifications per criterion. Complete sheets obey each criterion's comment rule (and sometimes
 * praise a maximum score too); drafts have only some comments written so far.
 */
export function writeComments(
  rng: Rng,
  criteria: readonly ScoringCriterion[],
  scores: Scores,
  bank: CommentBank,
  expertIndex: number,
  complete: boolean,
  decorate: Decorate | null,
): Record<string, string> {
  const comments: Record<string, string> = {};
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i] as ScoringCriterion;
    const score = scores[i];
    if (score === null || score === undefined || c.mode === 'never') continue;
    const required = c.mode === 'always' || score < c.scaleMax;
    if (!required && !rng.chance(0.12)) continue;
    if (!complete && rng.chance(0.35)) continue;
    const text = bank.criterion(expertIndex, c.topic ?? 'logic', bandOf(score, c.scaleMin, c.scaleMax));
    comments[c.id] = decorate === null ? text : decorate(c, text);
  }
  return comments;
}

/** Everything a sheet holds, before it becomes a row. */
export interface SheetParts {
  scores: Scores;
  comments: Record<string, string>;
  recommendation: Recommendation | null;
  overallComment: string;
}

/** When things happened to a sheet (ms). */
export interface SheetTimeline {
  startedAt: number;
  /** Draft saves, in order; a draft's last save holds its current content. */
  saves: number[];
  submittedAt: number | null;
  returnedAt: number | null;
}

export function sheetVersion(timeline: SheetTimeline): number {
  return 1 + timeline.saves.length + (timeline.submittedAt === null ? 0 : 1);
}

/** The content as it stood after a share of the scored criteria were filled in. */
function snapshot(criteria: readonly ScoringCriterion[], parts: SheetParts, share: number): SheetContent {
  let scoredCount = 0;
  for (const s of parts.scores) if (s !== null) scoredCount++;
  const keep = share >= 1 ? scoredCount : Math.ceil(scoredCount * share);
  const scores: Record<string, number | null> = {};
  const comments: Record<string, string> = {};
  let kept = 0;
  for (let i = 0; i < criteria.length; i++) {
    const id = (criteria[i] as ScoringCriterion).id;
    const score = parts.scores[i] ?? null;
    const visible = score !== null && kept < keep;
    if (visible) kept++;
    scores[id] = visible ? score : null;
    const comment = parts.comments[id];
    if (visible && comment !== undefined) comments[id] = comment;
  }
  return {
    scores,
    comments,
    recommendation: share >= 1 ? parts.recommendation : null,
    overallComment: share >= 1 ? parts.overallComment : '',
  };
}

export interface HistoryInput {
  sheetId: string;
  criteria: readonly ScoringCriterion[];
  parts: SheetParts;
  timeline: SheetTimeline;
  expert: Actor;
  returnedBy: Actor;
  returnReason: string | null;
}

/**
 * Created → saved… → submitted → returned. A return shares the submitted version (the coordinator
 * changes the status, not the content), which is how the database keys history rows.
 */
export function historyRows(input: HistoryInput): SheetHistoryRow[] {
  const { sheetId, criteria, parts, timeline } = input;
  const rows: SheetHistoryRow[] = [];
  const empty = snapshot(criteria, parts, 0);
  rows.push({
    sheetId,
    version: 1,
    action: 'created',
    at: iso(timeline.startedAt),
    actor: actor(input.expert),
    reason: null,
    content: empty,
    status: 'draft',
  });
  const submitted = timeline.submittedAt !== null;
  const saveCount = timeline.saves.length;
  timeline.saves.forEach((at, k) => {
    // A draft's last save is its current content; a submitted sheet's last step is the submit.
    const share = submitted ? (k + 1) / (saveCount + 1) : (k + 1) / saveCount;
    rows.push({
      sheetId,
      version: 2 + k,
      action: 'saved',
      at: iso(at),
      actor: actor(input.expert),
      reason: null,
      content: snapshot(criteria, parts, share),
      status: 'draft',
    });
  });
  if (timeline.submittedAt !== null) {
    const version = 2 + saveCount;
    rows.push({
      sheetId,
      version,
      action: 'submitted',
      at: iso(timeline.submittedAt),
      actor: actor(input.expert),
      reason: null,
      content: snapshot(criteria, parts, 1),
      status: 'submitted',
    });
    if (timeline.returnedAt !== null) {
      rows.push({
        sheetId,
        version,
        action: 'returned',
        at: iso(timeline.returnedAt),
        actor: actor(input.returnedBy),
        reason: input.returnReason,
        content: snapshot(criteria, parts, 1),
        status: 'returned',
      });
    }
  }
  return rows;
}

/** An audit event before it gets its ID: IDs follow time order once every event is known. */
export type PendingAuditEvent = Omit<AuditEventRow, 'id' | 'at'> & { atMs: number };

export function finishAudit(events: readonly PendingAuditEvent[]): AuditEventRow[] {
  const ordered = events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => a.event.atMs - b.event.atMs || a.order - b.order);
  return ordered.map(({ event }, i) => ({
    id: `ae-${i + 1}`,
    contestId: event.contestId,
    at: iso(event.atMs),
    actor: event.actor,
    objectType: event.objectType,
    objectId: event.objectId,
    action: event.action,
    before: event.before,
    after: event.after,
    reason: event.reason,
  }));
}
