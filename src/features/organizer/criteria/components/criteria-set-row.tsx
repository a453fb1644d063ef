import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Nomination, Stage } from '@/api/schemas/contests';
import type { CriteriaSet } from '@/api/schemas/criteria';
import { Badge } from '@/components/ui/badge';
import { paths } from '@/config/paths';
import { roundForDisplay } from '@/domain/totals';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { freezeOf, usageOf } from '../freeze';

interface CriteriaSetRowProps {
  contestId: string;
  set: CriteriaSet;
  stages: readonly Stage[];
  nominations: readonly Nomination[];
}

export function CriteriaSetRow({ contestId, set, stages, nominations }: CriteriaSetRowProps) {
  const { t } = useTranslation();
  const freeze = freezeOf(set, stages);
  const usage = usageOf(set.id, stages, nominations);
  const used = [
    ...usage.stages.map((s) => t('organizer.criteria.list.usageStage', { title: s.title })),
    ...usage.nominations.map((n) => t('organizer.criteria.list.usageNomination', { title: n.title })),
  ];
  return (
    <tr>
      <th scope="row">
        <Link to={paths.organizerCriteriaSet.href(contestId, set.id)}>{set.title}</Link>
      </th>
      <td className="cs-num">{set.version}</td>
      <td className="cs-num">{set.criteria.length}</td>
      <td className="cs-num">{formatNumber(currentLocale(), roundForDisplay(set.maxTotal))}</td>
      <td>
        {freeze.frozen ? (
          <>
            <Badge tone="warning">{t('organizer.criteria.list.frozen')}</Badge>
            <span className="cs-table__why">
              {freeze.stages.length > 0
                ? freeze.stages
                    .map((s) => t('organizer.criteria.list.frozenBecause', { stage: s.title }))
                    .join('; ')
                : t('organizer.criteria.list.frozenBySheets')}
            </span>
          </>
        ) : (
          <Badge tone="success">{t('organizer.criteria.list.editable')}</Badge>
        )}
      </td>
      <td>
        {used.length === 0 ? (
          <span className="cs-table__muted">{t('organizer.criteria.list.unused')}</span>
        ) : (
          <ul className="cs-table__usage">
            {used.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
