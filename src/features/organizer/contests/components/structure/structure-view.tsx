import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nomination } from '@/api/schemas/contests';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import {
  categoriesQueryOptions,
  criteriaSetsQueryOptions,
  nominationsQueryOptions,
} from '../../../shared/queries';
import '../../contests.css';
import { useReorderCategories, useReorderNominations } from '../../mutations';
import { AddCategoryForm } from './add-category-form';
import { CategorySection } from './category-section';
import { StructureDialogs, type StructureDialog } from './structure-dialogs';

function moved<T>(rows: readonly T[], from: number, to: number): T[] {
  const next = [...rows];
  const [row] = next.splice(from, 1);
  if (row !== undefined) next.splice(to, 0, row);
  return next;
}

/** Categories in order and the nominations inside each: create, rename, reorder, move, delete. */
export function StructureView({ contestId }: { contestId: string }) {
  const { t } = useTranslation();
  const categories = [...useSuspenseQuery(categoriesQueryOptions(contestId)).data.items].sort(
    (a, b) => a.order - b.order,
  );
  const nominations = useSuspenseQuery(nominationsQueryOptions(contestId)).data.items;
  const sets = useSuspenseQuery(criteriaSetsQueryOptions(contestId)).data.items;
  const reorderCategories = useReorderCategories(contestId);
  const reorderNominations = useReorderNominations(contestId);
  const [dialog, setDialog] = useState<StructureDialog>(null);
  const [announcement, setAnnouncement] = useState('');
  // A moved row's DOM node moves and drops focus; a deleted row's button is gone. Refocus after render.
  const focusNext = useRef<string | null>(null);
  const setTitles = new Map(sets.map((s) => [s.id, s.title]));
  const nominationsOf = (categoryId: string): Nomination[] =>
    nominations.filter((n) => n.categoryId === categoryId).sort((a, b) => a.order - b.order);

  useEffect(() => {
    const id = focusNext.current;
    if (id === null) return;
    focusNext.current = null;
    const element = document.getElementById(id);
    element?.focus();
    // A button that kept focus while its row moved is not scrolled to by focus(); the row may be off-screen.
    // (Optional call: jsdom, which the tests run in, has no scrollIntoView.)
    element?.scrollIntoView?.({ block: 'nearest' });
  });

  function moveCategory(from: number, to: number): void {
    const category = categories[from];
    if (category === undefined || to < 0 || to >= categories.length || reorderCategories.isPending) return;
    reorderCategories.mutate(moved(categories, from, to));
    focusNext.current = `cat-${category.id}-${to < from ? 'up' : 'down'}`;
    setAnnouncement(
      t('organizer.contests.structure.category.moved', {
        title: category.title,
        position: to + 1,
        count: categories.length,
      }),
    );
  }

  function moveNomination(categoryId: string, from: number, to: number): void {
    const rows = nominationsOf(categoryId);
    const nomination = rows[from];
    if (nomination === undefined || to < 0 || to >= rows.length || reorderNominations.isPending) return;
    reorderNominations.mutate(moved(rows, from, to));
    focusNext.current = `nom-${nomination.id}-${to < from ? 'up' : 'down'}`;
    setAnnouncement(
      t('organizer.contests.structure.nomination.moved', {
        title: nomination.title,
        position: to + 1,
        count: rows.length,
      }),
    );
  }

  const reorderFailed = reorderCategories.isError || reorderNominations.isError;
  return (
    <section className="contests-page contests-structure" aria-labelledby="structure-title">
      <h2 className="contests-page__title" id="structure-title" tabIndex={-1}>
        {t('organizer.contests.structure.title')}
      </h2>
      <p className="contests-muted">{t('organizer.contests.structure.intro')}</p>
      {reorderFailed ? (
        <Alert tone="danger" live="assertive">
          {t('organizer.contests.structure.reorderFailed')}
        </Alert>
      ) : null}
      {categories.length === 0 ? (
        <EmptyState
          title={t('organizer.contests.structure.empty')}
          hint={t('organizer.contests.structure.emptyHint')}
        />
      ) : (
        <ol
          className="contests-order-list contests-structure"
          aria-label={t('organizer.contests.structure.categoriesLabel')}
        >
          {categories.map((category, index) => (
            <CategorySection
              key={category.id}
              category={category}
              index={index}
              count={categories.length}
              nominations={nominationsOf(category.id)}
              setTitles={setTitles}
              onMove={moveCategory}
              onRename={() => setDialog({ kind: 'renameCategory', category })}
              onDelete={() => setDialog({ kind: 'deleteCategory', category })}
              onAddNomination={() =>
                setDialog({ kind: 'nomination', nomination: null, categoryId: category.id })
              }
              onMoveNomination={(from, to) => moveNomination(category.id, from, to)}
              onEditNomination={(nomination) =>
                setDialog({ kind: 'nomination', nomination, categoryId: nomination.categoryId })
              }
              onDeleteNomination={(nomination) => setDialog({ kind: 'deleteNomination', nomination })}
            />
          ))}
        </ol>
      )}
      <AddCategoryForm
        contestId={contestId}
        onAdded={(title) => setAnnouncement(t('organizer.contests.structure.categoryAdded', { title }))}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <StructureDialogs
        contestId={contestId}
        dialog={dialog}
        categories={categories}
        nominations={nominations}
        sets={sets}
        onClose={() => setDialog(null)}
        onDone={(message, options) => {
          setDialog(null);
          setAnnouncement(message);
          if (options?.deleted) focusNext.current = 'structure-title';
        }}
      />
    </section>
  );
}
