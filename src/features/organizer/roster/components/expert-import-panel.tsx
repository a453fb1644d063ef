import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertImportResult } from '@/api/schemas/expert-inputs';
import { Alert } from '@/components/ui/alert';
import { readTable, TableReadError, type TableReadReason } from '@/lib/tabular/read-table';
import { checkRows, knownNominations } from '../import-checks';
import { mapColumns, toImportRows } from '../import-columns';
import { useImportExperts } from '../mutations';
import type { ExpertiseGroup } from '../use-expertise-groups';
import { ImportFilePicker } from './import-file-picker';
import { ImportPreview, type LoadedFile } from './import-preview';
import { ImportResult } from './import-result';

type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string }
  | { phase: 'unreadable'; reason: TableReadReason }
  | { phase: 'preview'; file: LoadedFile }
  | { phase: 'done'; file: LoadedFile; result: ExpertImportResult };

/**
 * Pool file → preview → import. Nothing is sent until the organizer confirms; the server then applies
 * the good rows and names every refused one, so one typo never costs the whole file.
 */
export function ExpertImportPanel({ groups }: { groups: readonly ExpertiseGroup[] }) {
  const { t } = useTranslation();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const importExperts = useImportExperts();
  const heading = useRef<HTMLHeadingElement>(null);
  // Picking a second file while the first is still being read: only the latest one may land.
  const latest = useRef(0);

  // The panel opens on a button press elsewhere; focus follows so keyboard users land in it.
  useEffect(() => heading.current?.focus(), []);

  async function pick(file: File): Promise<void> {
    const ticket = ++latest.current;
    importExperts.reset();
    setState({ phase: 'reading', fileName: file.name });
    try {
      const sheet = await readTable(file);
      if (ticket !== latest.current) return;
      const mapping = mapColumns(sheet.headers);
      const rows = toImportRows(sheet.rows, mapping);
      const problems = checkRows(rows, knownNominations(groups.flatMap((g) => g.nominations)));
      setState({ phase: 'preview', file: { name: file.name, sheet, mapping, rows, problems } });
    } catch (error) {
      if (ticket !== latest.current) return;
      setState({
        phase: 'unreadable',
        reason: error instanceof TableReadError ? error.reason : 'unreadable',
      });
    }
  }

  function submit(file: LoadedFile): void {
    if (importExperts.isPending) return;
    importExperts.mutate(file.rows, { onSuccess: (result) => setState({ phase: 'done', file, result }) });
  }

  return (
    <section className="roster-import" aria-labelledby="roster-import-title">
      <h2 className="section__title" id="roster-import-title" ref={heading} tabIndex={-1}>
        {t('organizer.roster.import.title')}
      </h2>
      {state.phase === 'done' ? (
        <ImportResult file={state.file} result={state.result} onAgain={() => setState({ phase: 'idle' })} />
      ) : (
        <>
          <ImportFilePicker groups={groups} onPick={(file) => void pick(file)} />
          <div role="status">
            {state.phase === 'reading' ? <p>{t('organizer.roster.import.reading')}</p> : null}
          </div>
          {state.phase === 'unreadable' ? (
            <Alert tone="danger" live="assertive">
              {t(`organizer.roster.import.unreadable.${state.reason}`)}
            </Alert>
          ) : null}
          {state.phase === 'preview' ? (
            <ImportPreview
              file={state.file}
              pending={importExperts.isPending}
              failed={importExperts.isError}
              onSubmit={() => submit(state.file)}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
