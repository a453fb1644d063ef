import { useSuspenseQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistributionPreviewRequest } from '@/api/schemas/assignments';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { contestQueryOptions, nominationsQueryOptions } from '../../shared/queries';
import { errorText } from '../messages';
import { usePreviewDistribution } from '../mutations';
import { DistributionPreviewView } from './distribution-preview';
import { NominationChecklist } from './nomination-checklist';

interface DistributionPanelProps {
  contestId: string;
  stageId: string;
  onNotice: (message: string) => void;
}

interface FormErrors {
  perApplication?: string;
  nominations?: string;
}

function sameRequest(a: DistributionPreviewRequest, b: DistributionPreviewRequest): boolean {
  return (
    a.expertsPerApplication === b.expertsPerApplication &&
    (a.nominationIds ?? []).join() === (b.nominationIds ?? []).join()
  );
}

/** Parameters → a preview that commits nothing → «Распределить». */
export function DistributionPanel({ contestId, stageId, onNotice }: DistributionPanelProps) {
  const { t } = useTranslation();
  const { data: contest } = useSuspenseQuery(contestQueryOptions(contestId));
  const { data: nominations } = useSuspenseQuery(nominationsQueryOptions(contestId));
  const allIds = nominations.items.map((n) => n.id);
  const [perApplication, setPerApplication] = useState(String(contest.settings.expertsPerApplication));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(allIds));
  const [errors, setErrors] = useState<FormErrors>({});
  const perApplicationRef = useRef<HTMLInputElement>(null);
  const nominationsRef = useRef<HTMLFieldSetElement>(null);
  const preview = usePreviewDistribution(stageId);

  const n = Number(perApplication);
  const validN = Number.isInteger(n) && n >= 1 && n <= 10 && perApplication.trim() !== '';
  // Omitted when everything is chosen: the contract reads that as «every nomination», new ones included.
  const current: DistributionPreviewRequest = {
    expertsPerApplication: n,
    ...(chosen.size === allIds.length ? {} : { nominationIds: allIds.filter((id) => chosen.has(id)) }),
  };

  function build(request: DistributionPreviewRequest): void {
    preview.mutate(request);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const next: FormErrors = {};
    if (!validN) next.perApplication = t('organizer.assignments.distribution.perApplicationInvalid');
    if (chosen.size === 0) next.nominations = t('organizer.assignments.distribution.nominationsNone');
    setErrors(next);
    if (next.perApplication !== undefined) {
      perApplicationRef.current?.focus();
      return;
    }
    if (next.nominations !== undefined) {
      nominationsRef.current?.querySelector('input')?.focus();
      return;
    }
    build(current);
  }

  const shown = preview.data !== undefined && preview.variables !== undefined ? preview : null;

  return (
    <section className="asg-section" aria-labelledby="distribution-title">
      <h3 className="asg-section__title" id="distribution-title">
        {t('organizer.assignments.distribution.title')}
      </h3>
      <p className="asg-section__intro">{t('organizer.assignments.distribution.intro')}</p>
      <p className="asg-section__intro">{t('organizer.assignments.distribution.deterministic')}</p>
      <form className="asg-dist-form" onSubmit={onSubmit} noValidate>
        <TextField
          ref={perApplicationRef}
          className="asg-dist-form__n"
          label={t('organizer.assignments.distribution.perApplication')}
          hint={t('organizer.assignments.distribution.perApplicationHint', {
            count: contest.settings.expertsPerApplication,
          })}
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          step={1}
          value={perApplication}
          error={errors.perApplication}
          onChange={(event) => setPerApplication(event.target.value)}
        />
        <NominationChecklist
          ref={nominationsRef}
          nominations={nominations.items}
          chosen={chosen}
          error={errors.nominations}
          onChange={setChosen}
        />
        <div className="asg-actions">
          <Button type="submit" busy={preview.isPending} disabled={preview.isPending}>
            {preview.isPending
              ? t('organizer.assignments.distribution.previewing')
              : t('organizer.assignments.distribution.preview')}
          </Button>
        </div>
      </form>
      {preview.isError ? (
        <Alert tone="danger" live="assertive" title={t('organizer.assignments.distribution.previewFailed')}>
          {errorText(t, preview.error)}
        </Alert>
      ) : null}
      {shown !== null && shown.data !== undefined && shown.variables !== undefined ? (
        <DistributionPreviewView
          key={shown.data.previewId}
          contestId={contestId}
          stageId={stageId}
          preview={shown.data}
          request={shown.variables}
          outdated={!sameRequest(shown.variables, current)}
          rebuilding={preview.isPending}
          onRebuild={() => {
            if (shown.variables !== undefined) build(shown.variables);
          }}
          onDiscard={() => preview.reset()}
          onCommitted={(message) => {
            preview.reset();
            onNotice(message);
          }}
        />
      ) : null}
    </section>
  );
}
