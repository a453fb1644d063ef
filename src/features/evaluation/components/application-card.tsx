import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '@/api/schemas/applications';
import { formatDate, formatMoney, formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { AttachmentList } from './attachment-list';
import { LongText } from './long-text';

interface ApplicationCardProps {
  application: Application;
  /** null while loading or when the contest's nominations cannot be read. */
  nominationTitle: string | null;
}

function Field({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    // The label travels with a quote, so an evidence anchor names where it came from.
    <div className={wide ? 'app-field app-field--wide' : 'app-field'} data-quote-field={label}>
      <dt className="app-field__label">{label}</dt>
      <dd className="app-field__value">{children}</dd>
    </div>
  );
}

/** Every field of the application card, in the order of the applicant platform's card. */
export const ApplicationCard = memo(function ApplicationCard({
  application: app,
  nominationTitle,
}: ApplicationCardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const empty = t('evaluation.card.empty');
  const date = (value: string | null) => (value === null ? empty : formatDate(locale, value));
  const confirmed =
    app.confirmedByRegion === null
      ? t('evaluation.card.notSpecified')
      : app.confirmedByRegion
        ? t('evaluation.card.yes')
        : t('evaluation.card.no');

  return (
    <dl className="app-card">
      <Field label={t('evaluation.card.id')}>{app.id}</Field>
      <Field label={t('evaluation.card.title')} wide>
        <span className="app-card__title">{app.title}</span>
      </Field>
      <Field label={t('evaluation.card.organization')} wide>
        <span className="app-card__text">{app.organization.name}</span>
        <span className="app-card__inn">{t('evaluation.card.inn', { inn: app.organization.inn })}</span>
      </Field>
      <Field label={t('evaluation.card.region')}>{app.region.name}</Field>
      <Field label={t('evaluation.card.nomination')}>{nominationTitle ?? empty}</Field>
      <Field label={t('evaluation.card.startDate')}>{date(app.startDate)}</Field>
      <Field label={t('evaluation.card.endDate')}>{date(app.endDate)}</Field>
      <Field label={t('evaluation.card.goals')} wide>
        <LongText text={app.goals} />
      </Field>
      <Field label={t('evaluation.card.targetAudience')} wide>
        <LongText text={app.targetAudience} />
      </Field>
      <Field label={t('evaluation.card.summary')} wide>
        <LongText text={app.summary} />
      </Field>
      <Field label={t('evaluation.card.grantor')} wide>
        <span className="app-card__text">{app.grantor || empty}</span>
      </Field>
      <Field label={t('evaluation.card.requestedAmount')}>{formatMoney(locale, app.requestedAmount)}</Field>
      <Field label={t('evaluation.card.participantsCount')}>
        {app.participantsCount === null ? empty : formatNumber(locale, app.participantsCount)}
      </Field>
      <Field label={t('evaluation.card.qualitativeResults')} wide>
        <LongText text={app.qualitativeResults} />
      </Field>
      <Field label={t('evaluation.card.confirmedByRegion')}>{confirmed}</Field>
      <Field label={t('evaluation.card.attachments')} wide>
        <AttachmentList attachments={app.attachments} />
      </Field>
    </dl>
  );
});
