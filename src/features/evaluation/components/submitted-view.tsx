import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '@/api/schemas/criteria';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDateTime } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { calibrationQueryOptions, panelQueryOptions } from '../queries';
import { CalibrationChart } from './calibration-chart';
import { PanelSheets } from './panel-sheets';

interface SubmittedViewProps {
  assignmentId: string;
  stageId: string;
  submittedAt: string | null;
  criteria: readonly Criterion[];
  ownScores: Readonly<Record<string, number | null>>;
  ownTotal: number | null;
  /** Right after submitting, focus lands here so the confirmation is read and nothing is lost. */
  justSubmitted: boolean;
}

/**
 * After the expert's own submission only: the confirmation, self-calibration against the stage, and
 * the anonymised panel when the contest reveals it (the server refuses it otherwise).
 */
export function SubmittedView(props: SubmittedViewProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const calibration = useQuery(calibrationQueryOptions(props.stageId));
  const panel = useQuery(panelQueryOptions(props.assignmentId));

  // The form the focus was in is gone; this puts the keyboard user on the news.
  useEffect(() => {
    if (props.justSubmitted) heading.current?.focus();
  }, [props.justSubmitted]);

  return (
    <>
      <div className="submitted" role={props.justSubmitted ? 'status' : undefined}>
        <h2 ref={heading} tabIndex={-1} className="submitted__title">
          <span aria-hidden="true">✓ </span>
          {t('evaluation.outcome.submittedTitle')}
        </h2>
        {props.submittedAt === null ? null : (
          <p className="submitted__at">
            {t('evaluation.outcome.submittedAt', { date: formatDateTime(locale, props.submittedAt) })}
          </p>
        )}
        <p className="submitted__note">{t('evaluation.outcome.readOnly')}</p>
      </div>
      <section className="eval-section" aria-labelledby="calibration-heading">
        <h2 id="calibration-heading" className="eval-section__title">
          {t('evaluation.calibration.heading')}
        </h2>
        <p className="eval-section__intro">{t('evaluation.calibration.intro')}</p>
        {calibration.isPending ? (
          <Skeleton lines={4} label={t('evaluation.calibration.loading')} />
        ) : calibration.isError ? (
          <p>{t('evaluation.calibration.unavailable')}</p>
        ) : (
          <CalibrationChart calibration={calibration.data} />
        )}
      </section>
      {panel.isSuccess ? (
        <section className="eval-section" aria-labelledby="panel-heading">
          <h2 id="panel-heading" className="eval-section__title">
            {t('evaluation.panel.heading')}
          </h2>
          <p className="eval-section__intro">{t('evaluation.panel.intro')}</p>
          <PanelSheets
            panel={panel.data}
            criteria={props.criteria}
            ownScores={props.ownScores}
            ownTotal={props.ownTotal}
          />
        </section>
      ) : null}
    </>
  );
}
