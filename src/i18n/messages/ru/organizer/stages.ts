/** Russian messages of the organizer console: stages, deadlines, extensions and advancing (under `organizer.stages`). */
export const stagesRu = {
  title: 'Этапы',
} as const;
