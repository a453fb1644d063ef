import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AggregationMethod } from '@/api/schemas/contests';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { fetchExport, type ExportRequest } from '../api';

interface ExportButtonsProps {
  stageId: string;
  nominationId: string;
  method: AggregationMethod | null;
  protocolHref: string;
}

type Choice = Pick<ExportRequest, 'kind' | 'format'>;

const CHOICES: { choice: Choice; label: 'rankingCsv' | 'rankingXlsx' | 'sheetsCsv' | 'sheetsXlsx' }[] = [
  { choice: { kind: 'ranking', format: 'csv' }, label: 'rankingCsv' },
  { choice: { kind: 'ranking', format: 'xlsx' }, label: 'rankingXlsx' },
  { choice: { kind: 'sheets', format: 'csv' }, label: 'sheetsCsv' },
  { choice: { kind: 'sheets', format: 'xlsx' }, label: 'sheetsXlsx' },
];

/** Saves a downloaded file under the server's name; the object URL is released once the click is handled. */
function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ExportButtons({ stageId, nominationId, method, protocolHref }: ExportButtonsProps) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: (choice: Choice) => fetchExport({ stageId, nominationId, method, ...choice }),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
  const busyLabel = download.isPending ? download.variables : null;
  return (
    <section className="ranking-export" aria-label={t('rankings.export.title')}>
      {CHOICES.map(({ choice, label }) => (
        <Button
          key={label}
          variant="secondary"
          size="sm"
          busy={busyLabel?.kind === choice.kind && busyLabel.format === choice.format}
          onClick={() => download.mutate(choice)}
        >
          {t(`rankings.export.${label}`)}
        </Button>
      ))}
      <Link className="btn btn--ghost btn--sm" to={protocolHref}>
        {t('rankings.export.protocol')}
      </Link>
      {download.isError ? (
        <Alert tone="danger" live="assertive">
          {t('rankings.export.failed')}
        </Alert>
      ) : null}
    </section>
  );
}
