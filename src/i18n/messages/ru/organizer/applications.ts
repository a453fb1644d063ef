/** Russian messages of the organizer console: applications, their import and screening (under `organizer.applications`). */
export const applicationsRu = {
  title: 'Заявки',
} as const;
