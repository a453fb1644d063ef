import type { Actor, Role } from '@/api/schemas/common';
import type { Category, Contest, Nomination, Stage } from '@/api/schemas/contests';
import type { CriteriaSet, CriteriaSetVersion } from '@/api/schemas/criteria';
import type { Expert } from '@/api/schemas/experts';
import type { Application } from '@/api/schemas/applications';
import type { Assignment, Sheet, SheetHistoryEntry } from '@/api/schemas/sheets';

/**
 * The mock server's tables. Rows are plain JSON so the whole state can be snapshotted to IndexedDB
 * and restored on reload. Everything the API returns is derived from these rows by the handlers.
 */
export interface UserRow {
  id: string;
  email: string;
  /** Demo only: plain text, the login page lists the accounts anyway. */
  password: string;
  fullName: string;
  roles: Role[];
}

export interface SessionRow {
  token: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
}

/** Expert rows keep no `load`: it is derived from assignments when read. */
export type ExpertRow = Omit<Expert, 'load'>;

/** A sheet row knows its expert so blind-review filtering never has to join through assignments. */
export type SheetRow = Sheet & { expertId: string; stageId: string; applicationId: string };

export interface SheetHistoryRow extends SheetHistoryEntry {
  sheetId: string;
}

export interface AuditEventRow {
  id: string;
  contestId: string;
  at: string;
  actor: Actor;
  objectType:
    | 'contest'
    | 'stage'
    | 'nomination'
    | 'category'
    | 'criteriaSet'
    | 'expert'
    | 'application'
    | 'assignment'
    | 'sheet'
    | 'conflict'
    | 'deadline';
  objectId: string;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

export interface IdempotencyRow {
  key: string;
  userId: string;
  /** Hash of method + path + body: a key reused for a different request is refused. */
  fingerprint: string;
  status: number;
  body: unknown;
  /** Response headers worth replaying (ETag). */
  headers?: Record<string, string>;
  at: string;
}

export interface ReminderRow {
  id: string;
  at: string;
  stageId: string;
  expertIds: string[];
  sentBy: string;
}

export interface Tables {
  users: UserRow[];
  sessions: SessionRow[];
  contests: Contest[];
  stages: Stage[];
  categories: Category[];
  nominations: Nomination[];
  criteriaSets: CriteriaSet[];
  criteriaVersions: CriteriaSetVersion[];
  experts: ExpertRow[];
  applications: Application[];
  assignments: Assignment[];
  sheets: SheetRow[];
  sheetHistory: SheetHistoryRow[];
  auditEvents: AuditEventRow[];
  idempotency: IdempotencyRow[];
  reminders: ReminderRow[];
}

export type PresetName = 'demo' | 'season' | 'empty';

/** A preset's output: the tables plus the clock it was built against. */
export interface SeedResult {
  preset: PresetName;
  tables: Tables;
  /** The instant the seed treats as "now": deadlines and dates are relative to it. */
  seededAt: string;
}

/** A database with every table present and empty; presets fill in what they need. */
export function emptyTables(): Tables {
  return {
    users: [],
    sessions: [],
    contests: [],
    stages: [],
    categories: [],
    nominations: [],
    criteriaSets: [],
    criteriaVersions: [],
    experts: [],
    applications: [],
    assignments: [],
    sheets: [],
    sheetHistory: [],
    auditEvents: [],
    idempotency: [],
    reminders: [],
  };
}
