import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { MAX_CRITERIA, newCriterion, type DraftSet } from '../draft';
import { domIdOf } from '../validation';
import { CriterionEditor } from './criterion-editor';
import type { EditorApi } from './editor-context';

interface CriteriaListEditorProps {
  draft: DraftSet;
  api: EditorApi;
  focusLater: (id: string) => void;
}

/** The criteria in order: add, remove, reorder (buttons or Alt+↑/↓), each move announced. */
export function CriteriaListEditor({ draft, api, focusLater }: CriteriaListEditorProps) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const count = draft.criteria.length;
  const listError = api.errorOf('criteria');

  const move = (key: string, by: -1 | 1) => {
    const from = draft.criteria.findIndex((c) => c.key === key);
    const to = from + by;
    const criterion = draft.criteria[from];
    if (criterion === undefined || to < 0 || to >= count) return;
    // Focus follows the criterion: the element that had it (a button, a field) is found again by id,
    // unless it is a move button that is now disabled at the edge of the list.
    const active = document.activeElement;
    const activeId = active instanceof HTMLElement && active.id ? active.id : '';
    const edge = (by === -1 && to === 0) || (by === 1 && to === count - 1);
    const target =
      edge && (activeId.endsWith('-up') || activeId.endsWith('-down'))
        ? `cs-${key}-${by === -1 ? 'down' : 'up'}`
        : activeId || domIdOf(`${key}.title`);
    api.dispatch({ type: 'criterionMoved', key, by });
    setAnnouncement(
      t('organizer.criteria.criterion.moved', {
        title: criterion.title.trim() || t('organizer.criteria.criterion.untitled'),
        position: to + 1,
        count,
      }),
    );
    focusLater(target);
  };

  const remove = (key: string) => {
    const index = draft.criteria.findIndex((c) => c.key === key);
    const criterion = draft.criteria[index];
    if (criterion === undefined) return;
    const neighbour = draft.criteria[index + 1] ?? draft.criteria[index - 1];
    api.dispatch({ type: 'criterionRemoved', key });
    setAnnouncement(
      t('organizer.criteria.criterion.removed', {
        title: criterion.title.trim() || t('organizer.criteria.criterion.untitled'),
      }),
    );
    focusLater(neighbour === undefined ? 'cs-add-criterion' : domIdOf(`${neighbour.key}.title`));
  };

  const add = () => {
    const criterion = newCriterion();
    api.dispatch({ type: 'criterionAdded', criterion });
    setAnnouncement(t('organizer.criteria.criterion.added', { n: count + 1 }));
    focusLater(domIdOf(`${criterion.key}.title`));
  };

  return (
    <section className="cs-criteria" aria-labelledby="cs-criteria-heading">
      <h3 id="cs-criteria-heading" className="cs-criteria__heading">
        {t('organizer.criteria.editor.criteriaHeading')}
      </h3>
      {api.frozen ? null : <p className="field__hint">{t('organizer.criteria.editor.reorderHint')}</p>}
      {listError ? (
        <p className="field__error" id={domIdOf('criteria')} tabIndex={-1}>
          {listError}
        </p>
      ) : null}
      <ol className="cs-criteria__list">
        {draft.criteria.map((criterion, index) => (
          <CriterionEditor
            key={criterion.key}
            criterion={criterion}
            index={index}
            count={count}
            api={api}
            onMove={move}
            onRemove={remove}
          />
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {api.frozen ? null : (
        <div className="cs-criteria__add">
          <Button id="cs-add-criterion" variant="secondary" disabled={count >= MAX_CRITERIA} onClick={add}>
            {t('organizer.criteria.editor.addCriterion')}
          </Button>
          {count >= MAX_CRITERIA ? (
            <p className="field__hint">
              {t('organizer.criteria.editor.limitReached', { max: MAX_CRITERIA })}
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
