import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { HistoryContext } from '../list-params';
import { changesBetween } from '../compare';
import { sheetHistoryQueryOptions, sideBySideQueryOptions } from '../queries';
import { HistoryVersion, type CriterionLabel } from './history-version';

interface SheetHistoryViewProps {
  sheetId: string;
  context: HistoryContext | null;
}

/** Every version of a sheet, oldest first, each compared with the one before it. */
export function SheetHistoryView({ sheetId, context }: SheetHistoryViewProps) {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(sheetHistoryQueryOptions(sheetId));
  // Only the side-by-side view names the criteria; without the context the page numbers them instead.
  const sideBySide = useQuery({
    ...sideBySideQueryOptions(context?.stageId ?? '', context?.applicationId ?? ''),
    enabled: context !== null,
  });
  const expert = sideBySide.data?.sheets.find((s) => s.sheet.id === sheetId)?.expert.fullName ?? null;
  const known = sideBySide.data?.criteria ?? [];
  const ids = new Set(known.map((c) => c.id));
  for (const entry of data.items) for (const id of Object.keys(entry.content.scores)) ids.add(id);
  const criteria: CriterionLabel[] = [...ids].map((id, index) => ({
    id,
    title: known.find((c) => c.id === id)?.title ?? t('oversight.history.criterionN', { n: index + 1 }),
  }));

  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">{t('oversight.history.title')}</h1>
          <p className="page-header__intro">
            {expert === null ? t('oversight.history.intro') : `${expert} · ${t('oversight.history.intro')}`}
          </p>
        </div>
        {context === null ? null : (
          <div className="page-header__actions">
            <Link
              className="btn btn--ghost"
              to={paths.applicationSheets.href(context.stageId, context.applicationId)}
            >
              <span aria-hidden="true">←</span> {t('oversight.history.back', { id: context.applicationId })}
            </Link>
          </div>
        )}
      </header>
      <p className="oversight-muted">{t('oversight.history.versions', { count: data.items.length })}</p>
      {data.items.length === 0 ? (
        <p>{t('oversight.history.noVersions')}</p>
      ) : (
        <ol className="history">
          {data.items.map((entry, index) => (
            <HistoryVersion
              key={`${entry.version}-${entry.at}`}
              entry={entry}
              previous={data.items[index - 1]?.content}
              changes={changesBetween(data.items[index - 1]?.content, entry.content)}
              criteria={criteria}
            />
          ))}
        </ol>
      )}
    </>
  );
}
