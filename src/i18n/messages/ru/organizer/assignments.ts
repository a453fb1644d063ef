/** Russian messages of the organizer console: assignments and automatic distribution (under `organizer.assignments`). */
export const assignmentsRu = {
  title: 'Назначения',
} as const;
