import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MockSettings, MockState } from '@/api/schemas/mock-control';
import { resetMock, setMockClock, updateMockSettings } from './api';
import { mockKeys } from './queries';

/** Sends the mock's switches; the panel shows the new values at once and the server echoes them. */
export function useUpdateMockSettings(): (settings: MockSettings) => void {
  const queryClient = useQueryClient();
  const { mutate } = useMutation({
    mutationFn: (settings: MockSettings) => updateMockSettings(settings),
    onSuccess: (settings) =>
      queryClient.setQueryData<MockState>(mockKeys.state, (state) =>
        state ? { ...state, settings } : state,
      ),
  });
  return (settings) => mutate(settings);
}

/** A reset changes every answer the server gave, so every cached query goes. */
export function useResetMock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preset: MockState['preset']) => resetMock(preset),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
    },
  });
}

export function useSetMockClock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (offsetMs: number) => setMockClock(offsetMs),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
    },
  });
}
