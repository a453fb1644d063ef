/** Russian messages of the organizer console: the expert pool (under `organizer.roster`). */
export const rosterRu = {
  title: 'Эксперты',
} as const;
