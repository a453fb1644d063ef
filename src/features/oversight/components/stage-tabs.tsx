import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { matchPath, useLocation } from 'react-router';
import { contestNominationsQueryOptions } from '@/api/structure-queries';
import { SectionTabs } from '@/components/ui/section-tabs';
import { paths } from '@/config/paths';

interface Tab {
  key: 'progress' | 'rankings' | 'divergences' | 'quality';
  href: string | null;
  /** Patterns under which this tab is the current section; the first is its own page. */
  patterns: string[];
}

/** The stage's sections. */
export function StageTabs({ stageId, contestId }: { stageId: string; contestId: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { data: nominations } = useSuspenseQuery(contestNominationsQueryOptions(contestId));
  const first = [...nominations.items].sort((a, b) => a.order - b.order)[0];
  const tabs: Tab[] = [
    {
      key: 'progress',
      href: paths.coordinatorStage.href(stageId),
      patterns: [paths.coordinatorStage.pattern],
    },
    {
      key: 'rankings',
      href: first === undefined ? null : paths.ranking.href(stageId, first.id),
      patterns: [paths.ranking.pattern],
    },
    {
      key: 'divergences',
      href: paths.divergences.href(stageId),
      patterns: [paths.divergences.pattern, paths.applicationSheets.pattern],
    },
    { key: 'quality', href: paths.quality.href(stageId), patterns: [paths.quality.pattern] },
  ];
  return (
    <SectionTabs
      label={t('oversight.layout.nav')}
      tabs={tabs.map((tab) => {
        const [own, ...sub] = tab.patterns;
        const matched = own !== undefined && matchPath(own, pathname) !== null;
        // Another nomination's ranking is inside the section but is not the page this link opens.
        const exact = matched && (tab.key !== 'rankings' || pathname === tab.href);
        const inside = matched || sub.some((p) => matchPath(p, pathname) !== null);
        return {
          key: tab.key,
          label: t(`oversight.layout.tabs.${tab.key}`),
          href: tab.href,
          current: exact ? 'page' : inside ? 'true' : undefined,
        };
      })}
    />
  );
}
