import { useTranslation } from 'react-i18next';
import type { Category, Nomination } from '@/api/schemas/contests';
import type { CriteriaSet } from '@/api/schemas/criteria';
import { Dialog } from '@/components/ui/dialog';
import { useDeleteCategory, useDeleteNomination } from '../../mutations';
import { failureText, isConflict } from '../../problems';
import { ConfirmDeleteDialog } from './confirm-delete-dialog';
import { NominationForm } from './nomination-form';
import { RenameCategoryForm } from './rename-category-form';

export type StructureDialog =
  | { kind: 'renameCategory'; category: Category }
  | { kind: 'deleteCategory'; category: Category }
  | { kind: 'nomination'; nomination: Nomination | null; categoryId: string }
  | { kind: 'deleteNomination'; nomination: Nomination }
  | null;

interface StructureDialogsProps {
  contestId: string;
  dialog: StructureDialog;
  categories: readonly Category[];
  nominations: readonly Nomination[];
  sets: readonly CriteriaSet[];
  onClose: () => void;
  /** A change landed: close, say so, and (after a deletion) put focus somewhere that still exists. */
  onDone: (message: string, options?: { deleted?: boolean }) => void;
}

/** Every dialog of the structure page; each stays mounted so the native <dialog> can restore focus. */
export function StructureDialogs(props: StructureDialogsProps) {
  const { contestId, dialog, onClose, onDone } = props;
  const { t } = useTranslation();
  const deleteCategory = useDeleteCategory(contestId);
  const deleteNomination = useDeleteNomination(contestId);

  function close(): void {
    deleteCategory.reset();
    deleteNomination.reset();
    onClose();
  }

  const formTitle =
    dialog?.kind === 'renameCategory'
      ? t('organizer.contests.structure.category.renameTitle')
      : dialog?.kind === 'nomination' && dialog.nomination !== null
        ? t('organizer.contests.structure.nomination.editTitle', { title: dialog.nomination.title })
        : t('organizer.contests.structure.nomination.createTitle');

  const category = dialog?.kind === 'deleteCategory' ? dialog.category : null;
  const nomination = dialog?.kind === 'deleteNomination' ? dialog.nomination : null;
  const categoryError =
    category === null || deleteCategory.error === null || deleteCategory.isPending
      ? null
      : isConflict(deleteCategory.error, 'conflict')
        ? t('organizer.contests.structure.category.notEmpty', { title: category.title })
        : failureText(t, deleteCategory.error);
  const nominationError =
    nomination === null || deleteNomination.error === null || deleteNomination.isPending
      ? null
      : isConflict(deleteNomination.error, 'conflict')
        ? t('organizer.contests.structure.nomination.hasApplications', { title: nomination.title })
        : failureText(t, deleteNomination.error);

  return (
    <>
      <Dialog
        open={dialog?.kind === 'renameCategory' || dialog?.kind === 'nomination'}
        title={formTitle}
        onDismiss={close}
      >
        {dialog?.kind === 'renameCategory' ? (
          <RenameCategoryForm
            contestId={contestId}
            category={dialog.category}
            onClose={close}
            onRenamed={(title) => onDone(t('organizer.contests.structure.category.renamed', { title }))}
          />
        ) : null}
        {dialog?.kind === 'nomination' ? (
          <NominationForm
            contestId={contestId}
            categories={props.categories}
            nominations={props.nominations}
            sets={props.sets}
            nomination={dialog.nomination}
            categoryId={dialog.categoryId}
            onClose={close}
            onSaved={(message) => onDone(message)}
          />
        ) : null}
      </Dialog>
      <ConfirmDeleteDialog
        open={category !== null}
        title={t('organizer.contests.structure.category.deleteTitle')}
        body={t('organizer.contests.structure.category.deleteBody', { title: category?.title ?? '' })}
        confirmLabel={t('organizer.contests.structure.category.delete')}
        error={categoryError}
        pending={deleteCategory.isPending}
        onCancel={close}
        onConfirm={() => {
          if (category === null) return;
          deleteCategory.mutate(category, {
            onSuccess: () =>
              onDone(t('organizer.contests.structure.category.deleted', { title: category.title }), {
                deleted: true,
              }),
          });
        }}
      />
      <ConfirmDeleteDialog
        open={nomination !== null}
        title={t('organizer.contests.structure.nomination.deleteTitle')}
        body={t('organizer.contests.structure.nomination.deleteBody', { title: nomination?.title ?? '' })}
        confirmLabel={t('organizer.contests.structure.nomination.delete')}
        error={nominationError}
        pending={deleteNomination.isPending}
        onCancel={close}
        onConfirm={() => {
          if (nomination === null) return;
          deleteNomination.mutate(nomination, {
            onSuccess: () =>
              onDone(t('organizer.contests.structure.nomination.deleted', { title: nomination.title }), {
                deleted: true,
              }),
          });
        }}
      />
    </>
  );
}
