import { contestsRu } from './organizer/contests';
import { stagesRu } from './organizer/stages';
import { auditRu } from './organizer/audit';
import { criteriaRu } from './organizer/criteria';
import { rosterRu } from './organizer/roster';
import { applicationsRu } from './organizer/applications';
import { assignmentsRu } from './organizer/assignments';

/** Russian messages of the organizer console (merged into `ru` under `organizer`); one file per section. */
export const organizerRu = {
  layout: {
    back: 'Все конкурсы',
    nav: 'Разделы конкурса',
    tabs: {
      settings: 'Настройки',
      structure: 'Номинации',
      stages: 'Этапы',
      criteria: 'Критерии',
      applications: 'Заявки',
      assignments: 'Назначения',
      audit: 'Журнал',
    },
  },
  contests: contestsRu,
  stages: stagesRu,
  audit: auditRu,
  criteria: criteriaRu,
  roster: rosterRu,
  applications: applicationsRu,
  assignments: assignmentsRu,
} as const;
