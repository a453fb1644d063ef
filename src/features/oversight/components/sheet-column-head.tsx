import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SideBySideSheet } from '@/api/schemas/coordination';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';

const TONE = { draft: 'warning', submitted: 'success', returned: 'danger' } as const;

interface SheetColumnHeadProps {
  item: SideBySideSheet;
  historyHref: { stageId: string; applicationId: string };
  onReturn: () => void;
}

/** Who wrote the sheet, where it stands, and what the coordinator can do with it. */
export function SheetColumnHead({ item, historyHref, onReturn }: SheetColumnHeadProps) {
  const { t } = useTranslation();
  const { sheet, expert } = item;
  return (
    <th scope="col" className="compare__sheet">
      <span className="compare__expert">{expert.fullName}</span>
      <Badge tone={TONE[sheet.status]}>{t(`oversight.sheets.status.${sheet.status}`)}</Badge>
      <span className="compare__actions">
        <Link
          to={paths.sheetHistory.href(sheet.id, historyHref)}
          aria-label={t('oversight.sheets.historyOf', { name: expert.fullName })}
        >
          {t('oversight.sheets.history')}
        </Link>
        {sheet.status === 'submitted' ? (
          <Button
            variant="ghost"
            size="sm"
            aria-label={t('oversight.sheets.returnOf', { name: expert.fullName })}
            onClick={onReturn}
          >
            {t('oversight.sheets.returnAction')}
          </Button>
        ) : null}
      </span>
    </th>
  );
}
