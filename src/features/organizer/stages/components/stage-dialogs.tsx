import { useTranslation } from 'react-i18next';
import type { DeadlineExtension, Stage } from '@/api/schemas/contests';
import type { CriteriaSet } from '@/api/schemas/criteria';
import type { Expert } from '@/api/schemas/experts';
import { Dialog } from '@/components/ui/dialog';
import { advanceTargets } from './stage-list';
import { AdvancePanel } from './advance-panel';
import { ExtensionForm } from './extension-form';
import { StageForm } from './stage-form';

export type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; stageId: string }
  | { kind: 'extend'; stageId: string }
  | { kind: 'advance'; stageId: string };

interface StageDialogsProps {
  contestId: string;
  open: OpenDialog | null;
  stages: readonly Stage[];
  criteriaSets: readonly CriteriaSet[];
  onClose: () => void;
  onSaved: (stage: Stage, created: boolean) => void;
  onExtended: (stage: Stage, extension: DeadlineExtension, expert: Expert | null) => void;
  onAdvanced: (advanced: number, target: Stage) => void;
}

/** The section's dialogs; the stage is looked up by ID so an edit always starts from the current copy. */
export function StageDialogs({
  contestId,
  open,
  stages,
  criteriaSets,
  onClose,
  onSaved,
  onExtended,
  onAdvanced,
}: StageDialogsProps) {
  const { t } = useTranslation();
  const stage =
    open === null || open.kind === 'create' ? null : (stages.find((s) => s.id === open.stageId) ?? null);
  const title = (() => {
    if (open?.kind === 'create') return t('organizer.stages.form.createTitle');
    if (stage === null) return '';
    if (open?.kind === 'extend') return t('organizer.stages.extend.title', { title: stage.title });
    if (open?.kind === 'advance') return t('organizer.stages.advance.title', { title: stage.title });
    return t('organizer.stages.form.editTitle', { title: stage.title });
  })();
  const show = open !== null && (open.kind === 'create' || stage !== null);

  return (
    <Dialog open={show} size="md" title={title} onDismiss={onClose}>
      {open?.kind === 'create' ? (
        <StageForm
          contestId={contestId}
          stage={null}
          criteriaSets={criteriaSets}
          onCancel={onClose}
          onSaved={(s) => onSaved(s, true)}
        />
      ) : null}
      {open?.kind === 'edit' && stage !== null ? (
        <StageForm
          key={stage.id}
          contestId={contestId}
          stage={stage}
          criteriaSets={criteriaSets}
          onCancel={onClose}
          onSaved={(s) => onSaved(s, false)}
        />
      ) : null}
      {open?.kind === 'extend' && stage !== null ? (
        <ExtensionForm
          contestId={contestId}
          stage={stage}
          onCancel={onClose}
          onSaved={(extension, expert) => onExtended(stage, extension, expert)}
        />
      ) : null}
      {open?.kind === 'advance' && stage !== null ? (
        <AdvancePanel
          contestId={contestId}
          stage={stage}
          targets={advanceTargets(stages, stage)}
          onCancel={onClose}
          onDone={onAdvanced}
        />
      ) : null}
    </Dialog>
  );
}
