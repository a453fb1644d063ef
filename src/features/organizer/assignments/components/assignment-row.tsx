import { useTranslation } from 'react-i18next';
import type { Expert } from '@/api/schemas/experts';
import type { Assignment, AssignmentStatus } from '@/api/schemas/sheets';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { formatDateTimeShort } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';

const STATUS_TONE: Record<AssignmentStatus, 'neutral' | 'info' | 'success' | 'warning' | 'danger'> = {
  new: 'neutral',
  draft: 'info',
  submitted: 'success',
  returned: 'warning',
  recused: 'danger',
};

interface AssignmentRowProps {
  row: Assignment;
  expert: Expert | undefined;
  nomination: string;
  selectable: boolean;
  checked: boolean;
  onToggle: (on: boolean) => void;
  onUnassign: () => void;
}

export function AssignmentRow({
  row,
  expert,
  nomination,
  selectable,
  checked,
  onToggle,
  onUnassign,
}: AssignmentRowProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const name = expert?.fullName ?? t('organizer.assignments.list.unknownExpert', { id: row.expertId });
  const who = { application: row.applicationId, expert: name };
  return (
    <tr className={checked ? 'asg-row--selected' : undefined}>
      {selectable ? (
        <td className="asg-table__check">
          <input
            type="checkbox"
            aria-label={t('organizer.assignments.list.selectRow', who)}
            checked={checked}
            onChange={(event) => onToggle(event.target.checked)}
          />
        </td>
      ) : null}
      <th scope="row" className="asg-table__id">
        {row.applicationId}
      </th>
      <td>{nomination}</td>
      <td>
        {name}
        {expert === undefined ? null : <span className="asg-muted">{expert.region.name}</span>}
      </td>
      <td>
        <Badge tone={STATUS_TONE[row.status]}>{t(`organizer.assignments.list.statuses.${row.status}`)}</Badge>
      </td>
      <td className="asg-table__date">
        {row.dueAt === null ? t('organizer.assignments.list.noDue') : formatDateTimeShort(locale, row.dueAt)}
      </td>
      <td className="asg-table__date">{formatDateTimeShort(locale, row.updatedAt)}</td>
      {selectable ? (
        <td>
          {row.status === 'recused' ? null : (
            <Button
              variant="ghost"
              size="sm"
              aria-label={t('organizer.assignments.list.unassignLabel', who)}
              onClick={onUnassign}
            >
              {t('organizer.assignments.list.unassign')}
            </Button>
          )}
        </td>
      ) : null}
    </tr>
  );
}
