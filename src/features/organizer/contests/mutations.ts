import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  CategoryList,
  ContestCreate,
  ContestPatch,
  NominationInput,
  NominationList,
  NominationPatch,
} from '@/api/schemas/contest-inputs';
import type { Category, Nomination } from '@/api/schemas/contests';
import { organizerKeys } from '../shared/queries';
import {
  createCategory,
  createContest,
  createNomination,
  deleteCategory,
  deleteNomination,
  updateCategory,
  updateContest,
  updateNomination,
} from './api';

/**
 * Coordinators' stage views and rankings read the contest's settings and nominations (other features'
 * caches, hence the literal prefixes); the central MutationCache handler refreshes them.
 */
const ELSEWHERE = { invalidates: [['oversight'], ['rankings']] } as const;

export function useCreateContest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContestCreate) => createContest(input),
    onSuccess: async (contest) => {
      queryClient.setQueryData(organizerKeys.contestDetail(contest.id), contest);
      await queryClient.invalidateQueries({ queryKey: organizerKeys.contests() });
    },
  });
}

export function useUpdateContest(contestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ContestPatch) => updateContest(contestId, patch),
    meta: ELSEWHERE,
    onSuccess: async (contest) => {
      queryClient.setQueryData(organizerKeys.contestDetail(contestId), contest);
      await queryClient.invalidateQueries({ queryKey: organizerKeys.contests() });
    },
  });
}

export function useCreateCategory(contestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (title: string) => createCategory(contestId, { title }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizerKeys.categories(contestId) }),
  });
}

export function useRenameCategory(contestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ categoryId, title }: { categoryId: string; title: string }) =>
      updateCategory(categoryId, { title }),
    meta: ELSEWHERE,
    onSuccess: (category) =>
      queryClient.setQueryData<CategoryList>(organizerKeys.categories(contestId), (list) =>
        list === undefined ? list : { items: list.items.map((c) => (c.id === category.id ? category : c)) },
      ),
  });
}

export function useDeleteCategory(contestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (category: Category) => deleteCategory(category.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizerKeys.categories(contestId) }),
  });
}

interface Ordered {
  id: string;
  order: number;
}

/** The orders that differ from the rows' positions: only those rows are written. */
function orderChanges<T extends Ordered>(rows: readonly T[]): T[] {
  return rows.filter((row, index) => row.order !== index);
}

/** Shows the new order at once and puts the saved one back when a write fails. */
async function optimistic<T>(
  queryClient: QueryClient,
  queryKey: readonly unknown[],
  update: (list: T) => T,
): Promise<{ previous: T | undefined }> {
  await queryClient.cancelQueries({ queryKey });
  const previous = queryClient.getQueryData<T>(queryKey);
  if (previous !== undefined) queryClient.setQueryData<T>(queryKey, update(previous));
  return { previous };
}

/** `ordered` is the whole list of categories in the order the organizer wants. */
export function useReorderCategories(contestId: string) {
  const queryClient = useQueryClient();
  const queryKey = organizerKeys.categories(contestId);
  return useMutation({
    mutationFn: async (ordered: readonly Category[]) => {
      for (const row of orderChanges(ordered)) {
        await updateCategory(row.id, { order: ordered.indexOf(row) });
      }
    },
    meta: ELSEWHERE,
    onMutate: (ordered) =>
      optimistic<CategoryList>(queryClient, queryKey, () => ({
        items: ordered.map((c, order) => ({ ...c, order })),
      })),
    onError: (_error, _ordered, context) => {
      if (context?.previous !== undefined) queryClient.setQueryData(queryKey, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}

/** `ordered` is one category's nominations in the order the organizer wants. */
export function useReorderNominations(contestId: string) {
  const queryClient = useQueryClient();
  const queryKey = organizerKeys.nominations(contestId);
  return useMutation({
    mutationFn: async (ordered: readonly Nomination[]) => {
      for (const row of orderChanges(ordered)) {
        await updateNomination(row.id, { order: ordered.indexOf(row) });
      }
    },
    meta: ELSEWHERE,
    onMutate: (ordered) =>
      optimistic<NominationList>(queryClient, queryKey, (list) => {
        const position = new Map(ordered.map((n, i) => [n.id, i]));
        const items = list.items.map((n) => {
          const order = position.get(n.id);
          return order === undefined ? n : { ...n, order };
        });
        return { items: [...items].sort((a, b) => a.order - b.order) };
      }),
    onError: (_error, _ordered, context) => {
      if (context?.previous !== undefined) queryClient.setQueryData(queryKey, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}

export function useCreateNomination(contestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NominationInput) => createNomination(contestId, input),
    meta: ELSEWHERE,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizerKeys.nominations(contestId) }),
  });
}

export function useUpdateNomination(contestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ nominationId, patch }: { nominationId: string; patch: NominationPatch }) =>
      updateNomination(nominationId, patch),
    meta: ELSEWHERE,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizerKeys.nominations(contestId) }),
  });
}

export function useDeleteNomination(contestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (nomination: Nomination) => deleteNomination(nomination.id),
    meta: ELSEWHERE,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizerKeys.nominations(contestId) }),
  });
}
