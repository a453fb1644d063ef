import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Assignment } from '@/api/schemas/sheets';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { formatDateTimeShort } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { applicationPanelQueryOptions } from '../queries';
import { useExpertDirectory } from '../use-expert-names';

interface RecusedRowProps {
  contestId: string;
  row: Assignment;
  required: number;
  actionable: boolean;
  onReassign: () => void;
}

/** One recusal and whether its application still lacks an expert (a small per-row read of its panel). */
export function RecusedRow({ contestId, row, required, actionable, onReassign }: RecusedRowProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { byId } = useExpertDirectory();
  const panel = useQuery(applicationPanelQueryOptions(contestId, row.stageId, row.applicationId));
  const name =
    byId.get(row.expertId)?.fullName ?? t('organizer.assignments.list.unknownExpert', { id: row.expertId });
  const active = panel.data?.items.filter((a) => a.status !== 'recused').length;
  const recusal = row.recusal;

  return (
    <tr>
      <th scope="row" className="asg-table__id">
        {row.applicationId}
      </th>
      <td>{name}</td>
      <td className="asg-recusal">
        {recusal === null ? null : (
          <>
            <strong>{t(`organizer.assignments.recused.reasons.${recusal.reason}`)}</strong>
            {recusal.text === '' ? null : <span className="asg-recusal__text">{recusal.text}</span>}
          </>
        )}
      </td>
      <td className="asg-table__date">{formatDateTimeShort(locale, recusal?.at ?? row.updatedAt)}</td>
      <td>
        {active === undefined ? (
          <span className="asg-muted">{t('organizer.assignments.recused.panelLoading')}</span>
        ) : active < required ? (
          <Badge tone="warning">{t('organizer.assignments.recused.panelNeeds', { active, required })}</Badge>
        ) : (
          <Badge tone="success">{t('organizer.assignments.recused.panelFull', { active, required })}</Badge>
        )}
      </td>
      <td>
        {actionable ? (
          <Button
            size="sm"
            variant={active !== undefined && active < required ? 'primary' : 'secondary'}
            aria-label={t('organizer.assignments.recused.reassignLabel', {
              application: row.applicationId,
              expert: name,
            })}
            onClick={onReassign}
          >
            {t('organizer.assignments.recused.reassign')}
          </Button>
        ) : null}
      </td>
    </tr>
  );
}
