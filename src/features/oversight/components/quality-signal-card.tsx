import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QualitySignal } from '@/api/schemas/coordination';
import { paths } from '@/config/paths';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';

/** Beyond this many, the applications of a signal fold away: an outlier expert lists every sheet. */
const SHOWN_APPLICATIONS = 8;

function headline(t: TFunction, signal: QualitySignal): string {
  const locale = currentLocale();
  switch (signal.kind) {
    case 'straightLining':
      return t('oversight.quality.headline.straightLining', { count: signal.sheetIds.length });
    case 'tooFast': {
      const minutes = Math.floor(signal.value / 60);
      const seconds = Math.round(signal.value % 60);
      const time =
        minutes > 0
          ? t('oversight.quality.minutesSeconds', { minutes, seconds })
          : t('oversight.quality.seconds', { seconds });
      return t('oversight.quality.headline.tooFast', { time });
    }
    case 'copiedComment':
      return t('oversight.quality.headline.copiedComment', { count: signal.applicationIds.length });
    case 'outlierExpert':
      return t(
        signal.value > 0 ? 'oversight.quality.headline.outlierHigh' : 'oversight.quality.headline.outlierLow',
        {
          sigma: formatNumber(locale, Math.abs(signal.value), 1),
        },
      );
  }
}

/**
 * One expert's signal: a headline in the UI language, the server's evidence, and the applications to
 * check. Sheets and applications pair up by position except for copied comments, which the server
 * reports as two sets.
 */
export function QualitySignalCard({ stageId, signal }: { stageId: string; signal: QualitySignal }) {
  const { t } = useTranslation();
  const paired = signal.kind !== 'copiedComment' && signal.sheetIds.length === signal.applicationIds.length;
  const links = signal.applicationIds.map((applicationId, index) => ({
    applicationId,
    sheetId: paired ? (signal.sheetIds[index] ?? null) : null,
  }));
  const shown = links.slice(0, SHOWN_APPLICATIONS);
  const rest = links.slice(SHOWN_APPLICATIONS);
  const renderLink = ({ applicationId, sheetId }: { applicationId: string; sheetId: string | null }) => (
    <li key={applicationId}>
      <Link to={paths.applicationSheets.href(stageId, applicationId)}>
        {t('oversight.quality.application', { id: applicationId })}
      </Link>
      {sheetId === null ? null : (
        <>
          {' · '}
          <Link
            to={paths.sheetHistory.href(sheetId, { stageId, applicationId })}
            aria-label={t('oversight.quality.sheetHistoryOf', { id: applicationId })}
          >
            {t('oversight.quality.sheetHistory')}
          </Link>
        </>
      )}
    </li>
  );
  return (
    <li className="quality-signal">
      <h3 className="quality-signal__expert">{signal.expertName}</h3>
      <p className="quality-signal__headline">{headline(t, signal)}</p>
      <p className="quality-signal__evidence">{signal.evidence}</p>
      <p className="quality-signal__label">{t('oversight.quality.applications')}</p>
      <ul className="quality-signal__links">{shown.map(renderLink)}</ul>
      {rest.length > 0 ? (
        <details className="quality-signal__more">
          <summary>{t('oversight.quality.moreApplications', { count: rest.length })}</summary>
          <ul className="quality-signal__links">{rest.map(renderLink)}</ul>
        </details>
      ) : null}
    </li>
  );
}
