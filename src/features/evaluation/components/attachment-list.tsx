import { useTranslation } from 'react-i18next';
import type { Attachment } from '@/api/schemas/applications';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { safeHref } from './safe-href';

const KB = 1024;
const MB = 1024 * 1024;

function useSizeText(): (bytes: number) => string {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (bytes) =>
    bytes < MB
      ? t('evaluation.card.sizeKb', { value: formatNumber(locale, Math.max(1, Math.round(bytes / KB)), 0) })
      : t('evaluation.card.sizeMb', { value: formatNumber(locale, bytes / MB, 1) });
}

/** Files of the application. A URL that is not http(s) or same-origin is shown, never linked. */
export function AttachmentList({ attachments }: { attachments: readonly Attachment[] }) {
  const { t } = useTranslation();
  const sizeText = useSizeText();
  if (attachments.length === 0)
    return <p className="attachments__empty">{t('evaluation.card.noAttachments')}</p>;
  return (
    <ul className="attachments">
      {attachments.map((file) => {
        const href = safeHref(file.url);
        return (
          <li key={file.id} className="attachment">
            <span className="attachment__icon" aria-hidden="true">
              📄
            </span>
            {href === null ? (
              <span className="attachment__name">
                {file.name}
                <span className="attachment__unsafe">
                  {t('evaluation.card.unsafeLink')}: <code>{file.url}</code>
                </span>
              </span>
            ) : (
              <a className="attachment__name" href={href} target="_blank" rel="noopener noreferrer">
                {file.name}
              </a>
            )}
            <span className="attachment__size">{sizeText(file.size)}</span>
          </li>
        );
      })}
    </ul>
  );
}
