import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest } from '@/api/schemas/session';
import { login, logout } from './api';
import { sessionKeys } from './queries';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => login(credentials),
    onSuccess: (session) => {
      queryClient.setQueryData(sessionKeys.all, session);
    },
  });
}

/**
 * Logging out forgets every cached server answer: the next user of this browser sees nothing of ours.
 * `beforeSignOut` runs while the session still authorises requests (last draft saves, local cleanup).
 */
export function useLogout(onDone: () => void, beforeSignOut?: () => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await beforeSignOut?.();
      } finally {
        await logout();
      }
    },
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.all, null);
      onDone();
    },
  });
}
