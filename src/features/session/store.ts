import { create } from 'zustand';

interface ReauthState {
  open: boolean;
  resolve: ((signedIn: boolean) => void) | null;
}

/** Client state of the re-login dialog that a 401 opens over the current screen. */
const useReauthStore = create<ReauthState>(() => ({ open: false, resolve: null }));

export const useReauthOpen = () => useReauthStore((s) => s.open);

/** Called by the HTTP client's auth gate: opens the dialog and waits for its outcome. */
export function sessionExpired(): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    useReauthStore.setState({ open: true, resolve });
  });
}

export function reauthFinished(signedIn: boolean): void {
  const { resolve } = useReauthStore.getState();
  useReauthStore.setState({ open: false, resolve: null });
  resolve?.(signedIn);
}
