import type { Messages } from '../../messages';
import { contestsEn } from './organizer/contests';
import { stagesEn } from './organizer/stages';
import { auditEn } from './organizer/audit';
import { criteriaEn } from './organizer/criteria';
import { rosterEn } from './organizer/roster';
import { applicationsEn } from './organizer/applications';
import { assignmentsEn } from './organizer/assignments';

export const organizerEn: Messages['organizer'] = {
  layout: {
    back: 'All contests',
    nav: 'Contest sections',
    tabs: {
      settings: 'Settings',
      structure: 'Nominations',
      stages: 'Stages',
      criteria: 'Criteria',
      applications: 'Applications',
      assignments: 'Assignments',
      audit: 'Audit log',
    },
  },
  contests: contestsEn,
  stages: stagesEn,
  audit: auditEn,
  criteria: criteriaEn,
  roster: rosterEn,
  applications: applicationsEn,
  assignments: assignmentsEn,
};
