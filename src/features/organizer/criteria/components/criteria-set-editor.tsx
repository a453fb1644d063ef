import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { CriteriaSet } from '@/api/schemas/criteria';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SectionTabs } from '@/components/ui/section-tabs';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { stagesQueryOptions } from '../../shared/queries';
import { describeErrors } from '../error-text';
import { freezeOf } from '../freeze';
import { criteriaSetQueryOptions } from '../queries';
import { NEW_SET_ID, useCriteriaEditor } from '../use-criteria-editor';
import { CriteriaListEditor } from './criteria-list-editor';
import { CriteriaPreview } from './criteria-preview';
import { EditorErrorSummary } from './editor-error-summary';
import type { EditorApi } from './editor-context';
import { FreezeNotice } from './freeze-notice';
import { LeaveGuard } from './leave-guard';
import { SaveNoticeView } from './save-notice';
import { SetSummary } from './set-summary';
import { StaleDialog } from './stale-dialog';
import { VersionHistory } from './version-history';
import '../criteria.css';

type View = 'edit' | 'preview' | 'history';

function viewOf(value: string | null): View {
  return value === 'preview' || value === 'history' ? value : 'edit';
}

/** The criteria set editor: one draft shared by the editor, the preview and the save flow. */
export function CriteriaSetEditor({
  contestId,
  initial,
}: {
  contestId: string;
  initial: CriteriaSet | null;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const pathname = location.pathname;
  const [search, setSearch] = useSearchParams();
  const view = viewOf(search.get('view'));
  const editor = useCriteriaEditor(contestId, initial);
  const { data: stages } = useQuery(stagesQueryOptions(contestId));
  // The cached set (refreshed after a 409) says whether the server now considers it frozen.
  const { data: current } = useQuery({
    ...criteriaSetQueryOptions(contestId, initial?.id ?? NEW_SET_ID),
    enabled: initial !== null,
  });
  const freeze =
    current === undefined ? { frozen: false, stages: [] } : freezeOf(current, stages?.items ?? []);
  const shown = describeErrors(t, editor.draft, editor.errors);
  const api: EditorApi = {
    dispatch: editor.dispatch,
    errorOf: (address) => shown.find((e) => e.address === address)?.inline,
    frozen: freeze.frozen,
  };
  const created = typeof (location.state as { created?: unknown } | null)?.created === 'string';
  const base = editor.base;

  const tabs = [
    { key: 'edit', label: t('organizer.criteria.editor.viewEdit'), href: pathname },
    { key: 'preview', label: t('organizer.criteria.editor.viewPreview'), href: `${pathname}?view=preview` },
    ...(base === null
      ? []
      : [
          {
            key: 'history',
            label: t('organizer.criteria.editor.viewHistory'),
            href: `${pathname}?view=history`,
          },
        ]),
  ].map((tab) => ({ ...tab, current: tab.key === view ? ('page' as const) : undefined }));

  return (
    <section className="cs-editor" aria-labelledby="cs-editor-heading">
      <Link className="cs-editor__back" to={paths.organizerCriteria.href(contestId)}>
        <span aria-hidden="true">←</span> {t('organizer.criteria.editor.back')}
      </Link>
      <h2 id="cs-editor-heading" className="cs-editor__heading">
        {base === null
          ? t('organizer.criteria.editor.newHeading')
          : t('organizer.criteria.editor.heading', { title: base.title })}
      </h2>
      {base === null ? null : (
        <p className="cs-editor__version">
          {t('organizer.criteria.editor.versionInfo', {
            version: base.version,
            at: formatDateTime(currentLocale(), base.updatedAt),
          })}
        </p>
      )}
      {created && editor.notice === null && base !== null ? (
        <Alert tone="success">{t('organizer.criteria.save.created', { title: base.title })}</Alert>
      ) : null}
      <FreezeNotice freeze={freeze} />
      <SectionTabs label={t('organizer.criteria.editor.views')} tabs={tabs} />
      <SaveNoticeView notice={editor.notice} />
      <EditorErrorSummary errors={shown} />
      <form
        className="cs-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // Errors are shown on the fields, which live in the editor view.
          if (view !== 'edit' && editor.hasErrors) setSearch({});
          editor.save();
        }}
      >
        <SetSummary draft={editor.draft} api={api} />
        {view === 'edit' ? (
          <CriteriaListEditor draft={editor.draft} api={api} focusLater={editor.focusLater} />
        ) : null}
        {view === 'preview' ? <CriteriaPreview draft={editor.draft} /> : null}
        {view === 'history' && base !== null ? (
          <VersionHistory contestId={contestId} criteriaSetId={base.id} />
        ) : null}
        <div className="cs-form__bar">
          {editor.dirty ? <p className="cs-form__dirty">{t('organizer.criteria.editor.unsaved')}</p> : null}
          <Button type="submit" busy={editor.saving}>
            {editor.saving
              ? t('organizer.criteria.editor.saving')
              : base === null
                ? t('organizer.criteria.editor.create')
                : t('organizer.criteria.editor.save')}
          </Button>
        </div>
      </form>
      {base === null ? null : (
        <StaleDialog
          contestId={contestId}
          mine={base}
          current={editor.stale}
          saving={editor.saving}
          onOverwrite={editor.overwrite}
          onTakeTheirs={editor.takeTheirs}
          onKeepEditing={editor.keepEditing}
        />
      )}
      <LeaveGuard dirty={editor.dirty} />
    </section>
  );
}
