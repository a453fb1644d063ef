import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  AdvanceRequest,
  ExtensionCreate,
  StageCreate,
  StageList,
  StagePatch,
} from '@/api/schemas/contest-inputs';
import type { Stage } from '@/api/schemas/contests';
import { organizerKeys } from '../shared/queries';
import { advanceStage, createExtension, createStage, updateStage } from './api';

/** Stage order is what every section lists stages by; the server sorts the same way. */
function byOrder(a: Stage, b: Stage): number {
  return a.order - b.order || a.id.localeCompare(b.id);
}

function putStage(queryClient: QueryClient, contestId: string, stage: Stage): void {
  queryClient.setQueryData<StageList>(organizerKeys.stages(contestId), (list) => {
    if (list === undefined) return list;
    const rest = list.items.filter((s) => s.id !== stage.id);
    return { items: [...rest, stage].sort(byOrder) };
  });
}

/**
 * A stage change is audited and may matter to other sections (assignments pick a stage, the coordinator
 * watches its deadline), so the contest's subtree and the coordinator's cache are refreshed too.
 */
function refreshContest(queryClient: QueryClient, contestId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: organizerKeys.contest(contestId) });
}

const COORDINATOR_VIEWS = [['oversight'], ['rankings']] as const;

export function useCreateStage(contestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StageCreate) => createStage(contestId, input),
    meta: { invalidates: COORDINATOR_VIEWS },
    onSuccess: (stage) => {
      putStage(queryClient, contestId, stage);
      return refreshContest(queryClient, contestId);
    },
  });
}

export interface StageUpdateVariables {
  stageId: string;
  patch: StagePatch;
}

export function useUpdateStage(contestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stageId, patch }: StageUpdateVariables) => updateStage(stageId, patch),
    meta: { invalidates: COORDINATOR_VIEWS },
    onSuccess: (stage) => {
      putStage(queryClient, contestId, stage);
      return refreshContest(queryClient, contestId);
    },
  });
}

/**
 * Reordering renumbers the stages 0…n−1 in their new order and patches only those whose number changed.
 * Orders may have gaps or ties (a stage created with an explicit order), so swapping two numbers would
 * not always move anything.
 */
export function useReorderStages(contestId: string) {
  const queryClient = useQueryClient();
  const key = organizerKeys.stages(contestId);
  const mutationKey = [...key, 'reorder'];
  return useMutation({
    mutationKey,
    // Moves run one after another: each one's PATCHes assume the order the previous one left.
    scope: { id: mutationKey.join('/') },
    mutationFn: (ordered: readonly Stage[]) =>
      Promise.all(
        ordered.flatMap((stage, index) =>
          stage.order === index ? [] : [updateStage(stage.id, { order: index })],
        ),
      ),
    // The list moves at once (keyboard reordering must feel immediate) and rolls back if the server refuses.
    onMutate: async (ordered) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<StageList>(key);
      queryClient.setQueryData<StageList>(key, { items: ordered.map((s, order) => ({ ...s, order })) });
      return { previous };
    },
    onError: (_error, _ordered, context) => {
      if (context?.previous !== undefined) queryClient.setQueryData(key, context.previous);
    },
    meta: { invalidates: COORDINATOR_VIEWS },
    // Refetching while another move waits would briefly show the order before it; the last move refreshes.
    onSettled: () =>
      queryClient.isMutating({ mutationKey }) > 1 ? undefined : refreshContest(queryClient, contestId),
  });
}

export interface ExtensionVariables {
  stageId: string;
  input: ExtensionCreate;
}

export function useAddExtension(contestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stageId, input }: ExtensionVariables) => createExtension(stageId, input),
    meta: { invalidates: COORDINATOR_VIEWS },
    onSuccess: (extension) => {
      queryClient.setQueryData<StageList>(organizerKeys.stages(contestId), (list) =>
        list === undefined
          ? list
          : {
              items: list.items.map((s) =>
                s.id === extension.stageId ? { ...s, extensions: [...s.extensions, extension] } : s,
              ),
            },
      );
      return refreshContest(queryClient, contestId);
    },
  });
}

export interface AdvanceVariables {
  stageId: string;
  request: AdvanceRequest;
}

/** Advancing changes who is in the next stage: its assignments, coverage and rankings all move. */
export function useAdvanceStage(contestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stageId, request }: AdvanceVariables) => advanceStage(stageId, request),
    meta: { invalidates: COORDINATOR_VIEWS },
    onSuccess: () => refreshContest(queryClient, contestId),
  });
}
