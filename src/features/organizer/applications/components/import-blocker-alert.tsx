import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { MAX_CELL_LENGTH, MAX_IMPORT_ROWS, type ImportBlocker } from '../import-rows';

/** Why a file that was read cannot be checked, and what to change in it. */
export function ImportBlockerAlert({ blocker, fileName }: { blocker: ImportBlocker; fileName: string }) {
  const { t } = useTranslation();
  const key = 'organizer.applications.import.readErrors';
  let text: string;
  switch (blocker.kind) {
    case 'noRows':
      text = t(`${key}.noRows`, { name: fileName });
      break;
    case 'tooManyRows':
      text = t(`${key}.tooManyRows`, { count: blocker.count, max: MAX_IMPORT_ROWS });
      break;
    case 'noKnownColumns':
      text = t(`${key}.noKnownColumns`);
      break;
    case 'missingColumns':
      text = t('organizer.applications.import.columns.missing', { columns: blocker.columns.join(', ') });
      break;
    case 'cellTooLong':
      text = t(`${key}.cellTooLong`, { row: blocker.row, column: blocker.column, max: MAX_CELL_LENGTH });
      break;
  }
  return <Alert tone="danger" live="assertive" title={text} />;
}
