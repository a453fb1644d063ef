import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, useLocation } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { SectionTabs } from '@/components/ui/section-tabs';
import { paths } from '@/config/paths';
import { contestQueryOptions } from '../queries';

const STATUS_TONE = { draft: 'neutral', active: 'success', finished: 'info' } as const;

type SectionKey = 'settings' | 'structure' | 'stages' | 'criteria' | 'applications' | 'assignments' | 'audit';

/** Patterns under which each section is current; the first is its own page. */
const SECTIONS: readonly { key: SectionKey; href: (contestId: string) => string; patterns: string[] }[] = [
  { key: 'settings', href: paths.organizerContest.href, patterns: [paths.organizerContest.pattern] },
  { key: 'structure', href: paths.organizerStructure.href, patterns: [paths.organizerStructure.pattern] },
  { key: 'stages', href: paths.organizerStages.href, patterns: [paths.organizerStages.pattern] },
  {
    key: 'criteria',
    href: paths.organizerCriteria.href,
    patterns: [paths.organizerCriteria.pattern, paths.organizerCriteriaSet.pattern],
  },
  {
    key: 'applications',
    href: (contestId) => paths.organizerApplications.href(contestId),
    patterns: [paths.organizerApplications.pattern, paths.organizerImport.pattern],
  },
  {
    key: 'assignments',
    href: (contestId) => paths.organizerAssignments.href(contestId),
    patterns: [paths.organizerAssignments.pattern],
  },
  {
    key: 'audit',
    href: (contestId) => paths.organizerAudit.href(contestId),
    patterns: [paths.organizerAudit.pattern],
  },
];

/** The contest being set up and its sections. */
export function ContestHeader({ contestId }: { contestId: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { data: contest } = useSuspenseQuery(contestQueryOptions(contestId));
  return (
    <header className="area-head">
      <Link className="area-head__back" to={paths.organizer.href()}>
        <span aria-hidden="true">←</span> {t('organizer.layout.back')}
      </Link>
      <p className="area-head__contest">{t(`contest.kind.${contest.kind}`)}</p>
      <div className="area-head__row">
        <h1 className="area-head__title">{contest.title}</h1>
        <Badge tone={STATUS_TONE[contest.status]}>{t(`contest.status.${contest.status}`)}</Badge>
      </div>
      <SectionTabs
        label={t('organizer.layout.nav')}
        tabs={SECTIONS.map((section) => {
          const [own, ...sub] = section.patterns;
          const exact = own !== undefined && matchPath(own, pathname) !== null;
          const inside = sub.some((p) => matchPath(p, pathname) !== null);
          return {
            key: section.key,
            label: t(`organizer.layout.tabs.${section.key}`),
            href: section.href(contestId),
            current: exact ? 'page' : inside ? 'true' : undefined,
          };
        })}
      />
    </header>
  );
}
