import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MockSettings, MockState } from '@/api/schemas/mock-control';
import { resetMock, setMockClock, updateMockSettings } from './api';
import { mockKeys } from './queries';

/**
 * Switches must answer at once, so the cached settings change synchronously in the event handler
 * (a controlled checkbox would otherwise snap back until the request resolves). The server echoes
 * what was sent; on failure the previous value comes back.
 */
export function useUpdateMockSettings(): (settings: MockSettings) => void {
  const queryClient = useQueryClient();
  const { mutate } = useMutation({ mutationFn: (settings: MockSettings) => updateMockSettings(settings) });
  const apply = (settings: MockSettings) =>
    queryClient.setQueryData<MockState>(mockKeys.state, (state) => (state ? { ...state, settings } : state));
  return (settings) => {
    const previous = queryClient.getQueryData<MockState>(mockKeys.state)?.settings;
    apply(settings);
    mutate(settings, {
      onError: () => {
        if (previous) apply(previous);
      },
    });
  };
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
