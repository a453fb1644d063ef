/** Russian messages of the coordinator's rankings screens (merged into `ru` under `rankings`). */
export const rankingsRu = {
  title: 'rankings',
} as const;
