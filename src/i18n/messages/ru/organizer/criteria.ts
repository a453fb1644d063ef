/** Russian messages of the organizer console: criteria sets and their editor (under `organizer.criteria`). */
export const criteriaRu = {
  title: 'Критерии',
} as const;
