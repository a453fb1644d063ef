import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Stage } from '@/api/schemas/contests';
import { SelectField } from '@/components/ui/select-field';

/** Switching the stage starts its views afresh: filters and pages of another stage mean nothing here. */
export function StagePicker({ stages, stageId }: { stages: readonly Stage[]; stageId: string }) {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  return (
    <SelectField
      className="asg__stage"
      label={t('organizer.assignments.stage')}
      hint={t('organizer.assignments.stageHint')}
      value={stageId}
      onChange={(event) => setSearchParams(new URLSearchParams({ stage: event.target.value }))}
    >
      {stages.map((stage) => (
        <option key={stage.id} value={stage.id}>
          {t('organizer.assignments.stageOption', {
            title: stage.title,
            kind: t(`organizer.assignments.stageKind.${stage.kind}`),
          })}
        </option>
      ))}
    </SelectField>
  );
}
