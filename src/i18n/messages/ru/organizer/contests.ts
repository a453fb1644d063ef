/** Russian messages of the organizer console: contest list, creation, settings, categories and nominations (under `organizer.contests`). */
export const contestsRu = {
  title: 'Конкурсы',
} as const;
