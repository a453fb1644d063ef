import type { Dispatch } from 'react';
import type { DraftAction } from '../draft-reducer';

/** What every part of the criteria editor needs: how to change the draft, its errors, and the freeze. */
export interface EditorApi {
  dispatch: Dispatch<DraftAction>;
  errorOf: (address: string) => string | undefined;
  /** Structure is frozen: only wording stays editable. */
  frozen: boolean;
}
