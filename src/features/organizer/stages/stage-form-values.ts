import type { StageCreate, StagePatch } from '@/api/schemas/contest-inputs';
import type { Stage, StageKind, StageStatus } from '@/api/schemas/contests';
import { inputToIso, isoToInput } from './dates';

/** What the stage form edits: dates as `datetime-local` text in contest time, no set as ''. */
export interface StageFormValues {
  title: string;
  kind: StageKind;
  status: StageStatus;
  startsAt: string;
  deadline: string;
  criteriaSetId: string;
}

export const STAGE_KINDS: readonly StageKind[] = ['screening', 'expert', 'final'];
export const STAGE_STATUSES: readonly StageStatus[] = ['planned', 'active', 'closed'];

export function formValuesOf(stage: Stage | null): StageFormValues {
  return {
    title: stage?.title ?? '',
    kind: stage?.kind ?? 'expert',
    status: stage?.status ?? 'planned',
    startsAt: isoToInput(stage?.startsAt ?? null),
    deadline: isoToInput(stage?.deadline ?? null),
    criteriaSetId: stage?.criteriaSetId ?? '',
  };
}

export function toCreate(values: StageFormValues): StageCreate {
  return {
    kind: values.kind,
    title: values.title.trim(),
    startsAt: inputToIso(values.startsAt),
    deadline: inputToIso(values.deadline),
    criteriaSetId: values.criteriaSetId === '' ? null : values.criteriaSetId,
  };
}

/**
 * Only what changed goes to the server: each change is an audit entry, and re-sending an unchanged
 * criteria set would be refused on a frozen stage. (The contract has no `kind` in StagePatch.)
 */
export function toPatch(stage: Stage, values: StageFormValues): StagePatch {
  const next = toCreate(values);
  const patch: StagePatch = {};
  if (next.title !== stage.title) patch.title = next.title;
  if (values.status !== stage.status) patch.status = values.status;
  if (next.startsAt !== stage.startsAt && !sameInstant(next.startsAt, stage.startsAt))
    patch.startsAt = next.startsAt;
  if (next.deadline !== stage.deadline && !sameInstant(next.deadline, stage.deadline))
    patch.deadline = next.deadline;
  // A disabled select (frozen stage) reports no value at all: that means "unchanged".
  const chosenSet: string | undefined = values.criteriaSetId;
  if (chosenSet !== undefined && next.criteriaSetId !== stage.criteriaSetId)
    patch.criteriaSetId = next.criteriaSetId;
  return patch;
}

/** The input has minute precision, so an unchanged field must not read as a change of seconds. */
function sameInstant(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.floor(Date.parse(a) / 60_000) === Math.floor(Date.parse(b) / 60_000);
}

/** Client-side checks the server repeats; '' is a valid "no date". */
export function datesProblem(values: Pick<StageFormValues, 'startsAt' | 'deadline'>): 'beforeStart' | null {
  const starts = inputToIso(values.startsAt);
  const deadline = inputToIso(values.deadline);
  if (starts !== null && deadline !== null && Date.parse(deadline) <= Date.parse(starts))
    return 'beforeStart';
  return null;
}
