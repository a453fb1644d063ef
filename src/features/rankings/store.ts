import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

interface ColumnState {
  /** Only the user's explicit choices; a column without one follows its default. */
  visibility: Record<string, boolean>;
}

/** The ranking's column choice, kept on this device across visits. */
const useColumnStore = create<ColumnState>()(
  persist(() => ({ visibility: {} }), {
    name: 'ec.rankings.columns',
    storage: createJSONStorage(() => localStorage),
    version: 1,
  }),
);

export const useColumnVisibility = () => useColumnStore((s) => s.visibility);

export function columnToggled(columnId: string, visible: boolean): void {
  useColumnStore.setState((s) => ({ visibility: { ...s.visibility, [columnId]: visible } }));
}

export function columnsReset(): void {
  useColumnStore.setState({ visibility: {} });
}
