import type { EvaluationContext } from '@/api/schemas/expert-cabinet';
import { localDraftsOfAssignment, readLocalDraft, type LocalDraft } from './local-store';

export interface FoundLocalDraft {
  draft: LocalDraft;
  /** The key of a copy typed against an older criteria version, to delete once carried over. */
  migratedFrom: string | null;
}

/**
 * The copy for this criteria version, or else the newest unsent copy from an older version: an
 * organizer's wording fix bumps the version, and that must not cost the expert their draft. Its
 * content is fitted to the current criteria by the caller.
 */
export async function findLocalDraft(
  key: string,
  userId: string,
  context: EvaluationContext,
): Promise<FoundLocalDraft | null> {
  const exact = await readLocalDraft(key);
  if (exact !== null) return { draft: exact, migratedFrom: null };
  const current = context.criteriaSet.version;
  const older = (await localDraftsOfAssignment(userId, context.assignment.id)).find(
    (copy) => copy.criteriaVersion < current && copy.draft.dirty,
  );
  return older === undefined ? null : { draft: older.draft, migratedFrom: older.key };
}
