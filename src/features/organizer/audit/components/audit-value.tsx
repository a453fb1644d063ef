import { useTranslation } from 'react-i18next';
import { formatDateTimeShort } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { isIsoInstant } from '../audit-diff';

/** Longer than this, a value is folded behind «Показать полностью». */
const INLINE_LIMIT = 80;

function preview(text: string): string {
  return `${text.slice(0, INLINE_LIMIT).trimEnd()}…`;
}

/**
 * One before/after value in words: dates in Moscow time, yes/no, text as text (never as HTML), and
 * long text or nested data folded so one big criteria set does not push the log off the screen.
 */
export function AuditValue({ value, field }: { value: unknown; field: string }) {
  const { t } = useTranslation();
  const statuses: Record<string, string> = t('organizer.audit.statusValues', { returnObjects: true });
  // Statuses are stored as codes; the log speaks words.
  if (field === 'status' && typeof value === 'string' && Object.hasOwn(statuses, value)) {
    return <span className="audit-value">{statuses[value]}</span>;
  }
  if (value === undefined || value === null)
    return <span className="audit-value audit-value--none">{t('organizer.audit.absent')}</span>;
  if (typeof value === 'boolean')
    return <span className="audit-value">{value ? t('organizer.audit.yes') : t('organizer.audit.no')}</span>;
  if (typeof value === 'number') return <span className="audit-value">{String(value)}</span>;
  if (isIsoInstant(value)) {
    return (
      <time className="audit-value" dateTime={value}>
        {formatDateTimeShort(currentLocale(), value)}
      </time>
    );
  }
  if (typeof value === 'string') {
    if (value === '')
      return <span className="audit-value audit-value--none">{t('organizer.audit.emptyText')}</span>;
    if (value.length <= INLINE_LIMIT) return <span className="audit-value">{value}</span>;
    return (
      <details className="audit-value audit-value--long">
        <summary>{preview(value)}</summary>
        <p className="audit-value__full">{value}</p>
      </details>
    );
  }
  const json = JSON.stringify(value, null, 2);
  const compact = JSON.stringify(value);
  if (
    Array.isArray(value) &&
    value.every((v) => typeof v === 'string' || typeof v === 'number') &&
    compact.length <= INLINE_LIMIT
  ) {
    return <span className="audit-value">{value.join(', ')}</span>;
  }
  if (compact.length <= INLINE_LIMIT) return <code className="audit-value audit-value--code">{compact}</code>;
  return (
    <details className="audit-value audit-value--long">
      <summary>
        {Array.isArray(value) ? t('organizer.audit.items', { count: value.length }) : preview(compact)}
      </summary>
      <pre className="audit-value__full audit-value__json">{json}</pre>
    </details>
  );
}
