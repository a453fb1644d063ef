import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { IMPORT_HEADERS } from '@/api/schemas/import-headers';
import { Button } from '@/components/ui/button';
import { nominationsQueryOptions } from '../../shared/queries';
import { OPTIONAL_HEADERS, REQUIRED_HEADERS } from '../import-rows';

/** A header row in the form Russian Excel opens directly: UTF-8 with a BOM and `;` between columns. */
function downloadTemplate(fileName: string): void {
  const text = `\uFEFF${IMPORT_HEADERS.join(';')}\r\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** What the file must look like, with the contest's own nominations (the cell must match one of them). */
export function ImportHelp({ contestId }: { contestId: string }) {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(nominationsQueryOptions(contestId));
  const nominations = [...data.items].sort((a, b) => a.order - b.order).map((n) => `«${n.title}»`);
  return (
    <details className="import-help">
      <summary>{t('organizer.applications.import.help.title')}</summary>
      <ul>
        <li>{t('organizer.applications.import.help.required', { columns: REQUIRED_HEADERS.join(', ') })}</li>
        <li>{t('organizer.applications.import.help.optional', { columns: OPTIONAL_HEADERS.join(', ') })}</li>
        <li>
          {nominations.length === 0
            ? t('organizer.applications.import.help.noNominations')
            : t('organizer.applications.import.help.nominations', { nominations: nominations.join(', ') })}
        </li>
        <li>{t('organizer.applications.import.help.dates')}</li>
        <li>{t('organizer.applications.import.help.reimport')}</li>
      </ul>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => downloadTemplate(t('organizer.applications.import.help.templateFile'))}
      >
        {t('organizer.applications.import.help.template')}
      </Button>
    </details>
  );
}
