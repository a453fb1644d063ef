import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatTime } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import type { SaveStatus as Status } from '../draft/types';

interface SaveStatusProps {
  status: Status;
  /** When the server copy loaded with the page was saved; null before the first save. */
  loadedSavedAt: string | null;
}

const TROUBLE: readonly Status['kind'][] = ['offline', 'error', 'conflict'];

function sameDay(a: string, b: Date): boolean {
  return new Date(a).toDateString() === b.toDateString();
}

/**
 * Where the expert's work stands, always visible. Screen readers hear only what matters: losing the
 * network or a save, a version conflict, and the recovery — not every routine autosave.
 */
export function SaveStatus({ status, loadedSavedAt }: SaveStatusProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [seen, setSeen] = useState({ kind: status.kind, troubled: false, announcement: '' });

  // Derived from the status transitions during render, so the announcement changes with the status.
  if (seen.kind !== status.kind) {
    const trouble = TROUBLE.includes(status.kind);
    const recovered = status.kind === 'saved' && seen.troubled;
    setSeen({
      kind: status.kind,
      troubled: trouble || (seen.troubled && !recovered),
      announcement: trouble
        ? t(`evaluation.status.${status.kind as 'offline' | 'error' | 'conflict'}`)
        : recovered
          ? t('evaluation.status.announceSaved')
          : seen.announcement,
    });
  }

  let text: string;
  let tone: 'ok' | 'busy' | 'warn' | 'bad' = 'ok';
  switch (status.kind) {
    case 'idle':
      tone = loadedSavedAt === null ? 'busy' : 'ok';
      text =
        loadedSavedAt === null
          ? t('evaluation.status.idleEmpty')
          : sameDay(loadedSavedAt, new Date())
            ? t('evaluation.status.saved', { time: formatTime(locale, loadedSavedAt) })
            : t('evaluation.status.idleSaved', { time: formatDateTime(locale, loadedSavedAt) });
      break;
    case 'saved':
      text = t('evaluation.status.saved', { time: formatTime(locale, status.at) });
      break;
    case 'pending':
    case 'saving':
      text = t('evaluation.status.saving');
      tone = 'busy';
      break;
    case 'offline':
      text = t('evaluation.status.offline');
      tone = 'warn';
      break;
    case 'error':
      text = t('evaluation.status.error');
      tone = 'bad';
      break;
    case 'conflict':
      text = t('evaluation.status.conflict');
      tone = 'bad';
      break;
  }
  const icon =
    tone === 'ok' ? '✓' : tone === 'warn' || tone === 'bad' ? '⚠' : status.kind === 'idle' ? '○' : '…';

  return (
    <div className={`save-status save-status--${tone}`}>
      <span className="save-status__icon" aria-hidden="true">
        {icon}
      </span>
      <span className="save-status__text">{text}</span>
      {status.kind === 'error' ? (
        <button type="button" className="save-status__retry" onClick={status.retry}>
          {t('evaluation.status.retry')}
        </button>
      ) : null}
      <span className="visually-hidden" role="status" aria-live="polite">
        {seen.announcement}
      </span>
    </div>
  );
}
