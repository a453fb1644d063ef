import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/api/api-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { readTable, TableReadError, type TableReadReason } from '@/lib/tabular/read-table';
import { prepareImport, type PreparedImport } from '../import-rows';
import { useCommitImport, usePreviewImport } from '../mutations';
import { previewFailureText } from '../problem-text';
import type { CommitFailure } from './commit-bar';
import { ColumnReport } from './column-report';
import { FileDropZone } from './file-drop-zone';
import { ImportBlockerAlert } from './import-blocker-alert';
import { ImportHelp } from './import-help';
import { ImportPreview } from './import-preview';
import { ImportResult } from './import-result';
import '../applications.css';

type ReadFailure = { reason: TableReadReason; fileName: string } | null;

/**
 * The import flow: read the file in the browser, show what became of its columns, let the server check
 * every row, and only on the organizer's confirmation apply the preview. A failure at any step leaves the
 * page usable and says what to do.
 */
export function ImportView({ contestId }: { contestId: string }) {
  const { t } = useTranslation();
  const [reading, setReading] = useState<string | null>(null);
  const [readFailure, setReadFailure] = useState<ReadFailure>(null);
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const preview = usePreviewImport(contestId);
  const commit = useCommitImport(contestId);
  // Only the latest chosen file may land: a slow read of an earlier one is ignored.
  const latestFile = useRef(0);

  function reset(): void {
    latestFile.current += 1;
    setReading(null);
    setReadFailure(null);
    setPrepared(null);
    preview.reset();
    commit.reset();
  }

  function check(next: PreparedImport): void {
    commit.reset();
    preview.mutate({ rows: next.rows, fileName: next.fileName });
  }

  async function onFile(file: File): Promise<void> {
    reset();
    const ticket = latestFile.current;
    setReading(file.name);
    try {
      const sheet = await readTable(file);
      if (ticket !== latestFile.current) return;
      const next = prepareImport(file.name, sheet);
      setPrepared(next);
      if (next.blocker === null) check(next);
    } catch (error) {
      if (ticket !== latestFile.current) return;
      if (!(error instanceof TableReadError)) throw error;
      setReadFailure({ reason: error.reason, fileName: file.name });
    } finally {
      if (ticket === latestFile.current) setReading(null);
    }
  }

  const commitFailure: CommitFailure = !commit.isError
    ? null
    : isApiError(commit.error) && commit.error.status === 409
      ? 'expired'
      : 'failed';
  const busy = reading !== null || preview.isPending || commit.isPending;

  return (
    <section className="import-page" aria-labelledby="import-title">
      <div className="import-page__head">
        <h2 className="import-page__title" id="import-title">
          {t('organizer.applications.import.title')}
        </h2>
        <Link className="import-page__back" to={paths.organizerApplications.href(contestId)}>
          <span aria-hidden="true">←</span> {t('organizer.applications.import.back')}
        </Link>
      </div>
      <p className="import-page__intro">{t('organizer.applications.import.intro')}</p>
      <ImportHelp contestId={contestId} />

      {commit.data === undefined ? (
        <FileDropZone disabled={commit.isPending} onFile={(file) => void onFile(file)} />
      ) : null}

      <div role="status" className="import-status">
        {reading !== null ? (
          <p>{t('organizer.applications.import.file.reading', { name: reading })}</p>
        ) : null}
        {preview.isPending && prepared !== null ? (
          <p>{t('organizer.applications.import.file.checking', { count: prepared.rows.length })}</p>
        ) : null}
      </div>

      {readFailure === null ? null : (
        <Alert
          tone="danger"
          live="assertive"
          title={t(`organizer.applications.import.readErrors.${readFailure.reason}`, {
            name: readFailure.fileName,
          })}
        />
      )}

      {prepared === null || commit.data !== undefined ? null : (
        <>
          <ColumnReport prepared={prepared} />
          {prepared.blocker === null ? null : (
            <ImportBlockerAlert blocker={prepared.blocker} fileName={prepared.fileName} />
          )}
        </>
      )}

      {preview.isError && prepared !== null ? (
        <Alert tone="danger" live="assertive" title={previewFailureText(t, preview.error, prepared)}>
          <Button variant="secondary" size="sm" onClick={() => check(prepared)}>
            {t('organizer.applications.import.preview.retry')}
          </Button>
        </Alert>
      ) : null}

      {preview.data !== undefined && prepared !== null && commit.data === undefined ? (
        <ImportPreview
          prepared={prepared}
          preview={preview.data}
          committing={commit.isPending}
          commitFailure={commitFailure}
          onCommit={() => {
            if (!busy) commit.mutate(preview.data.previewId);
          }}
          onRecheck={() => check(prepared)}
          onCancel={reset}
        />
      ) : null}

      {commit.data === undefined ? null : (
        <ImportResult contestId={contestId} result={commit.data} onAnother={reset} />
      )}
    </section>
  );
}
