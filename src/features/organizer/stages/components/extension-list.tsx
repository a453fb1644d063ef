import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DeadlineExtension, Stage } from '@/api/schemas/contests';
import { formatDateTimeShort } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { expertQueryOptions } from '../queries';
import { ContestDate } from './contest-date';

function ExtensionWho({ expertId }: { expertId: string | null }) {
  const { t } = useTranslation();
  const expert = useQuery({ ...expertQueryOptions(expertId ?? ''), enabled: expertId !== null });
  if (expertId === null) return <strong>{t('organizer.stages.extensions.everyone')}</strong>;
  if (expert.data === undefined) {
    // A deactivated or unreadable expert is still named by ID rather than hidden.
    return (
      <strong>
        {expert.isError
          ? t('organizer.stages.extensions.expert', { name: expertId })
          : t('organizer.stages.extensions.loadingExpert')}
      </strong>
    );
  }
  return <strong>{t('organizer.stages.extensions.expert', { name: expert.data.fullName })}</strong>;
}

function ExtensionItem({ extension }: { extension: DeadlineExtension }) {
  const { t } = useTranslation();
  return (
    <li className="stage-extensions__item">
      <ExtensionWho expertId={extension.expertId} />{' '}
      <span>
        {t('organizer.stages.extensions.until')} <ContestDate iso={extension.until} />
      </span>
      <span className="stage-muted stage-extensions__reason">
        {t('organizer.stages.extensions.reason', { reason: extension.reason })}
      </span>
      <span className="stage-muted stage-extensions__created">
        {t('organizer.stages.extensions.createdAt', {
          date: formatDateTimeShort(currentLocale(), extension.createdAt),
        })}
      </span>
    </li>
  );
}

/** Who got more time and why: what experts dispute later, so it stays visible on the stage. */
export function ExtensionList({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  if (stage.extensions.length === 0) {
    return <p className="stage-muted stage-extensions__none">{t('organizer.stages.extensions.none')}</p>;
  }
  return (
    <ul
      className="stage-extensions"
      aria-label={t('organizer.stages.extensions.listLabel', { title: stage.title })}
    >
      {stage.extensions.map((extension) => (
        <ExtensionItem key={extension.id} extension={extension} />
      ))}
    </ul>
  );
}
