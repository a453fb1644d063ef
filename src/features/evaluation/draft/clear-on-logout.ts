import { closeDraftEnginesOf } from './engine-registry';
import { clearDraftsOf } from './local-store';

/**
 * Logout leaves nothing of the user's work in this browser. Open drafts first send what they can
 * (bounded to a couple of seconds) and stop, so no throttled write recreates a copy after it was
 * deleted. Whatever could not be sent goes too: on a shared computer the next person must not find
 * it. Call it before the session is ended, while saves can still be authorised.
 */
export async function clearLocalDrafts(userId: string): Promise<void> {
  await closeDraftEnginesOf(userId);
  try {
    await clearDraftsOf(userId);
  } catch (error) {
    // No IndexedDB (private mode, blocked storage): nothing was stored either.
    console.warn('Could not clear the local copies of sheets', error);
  }
}
