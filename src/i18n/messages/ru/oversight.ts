/** Russian messages of the coordinator's oversight screens (merged into `ru` under `oversight`). */
export const oversightRu = {
  title: 'oversight',
} as const;
