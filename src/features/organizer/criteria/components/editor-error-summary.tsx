import { useTranslation } from 'react-i18next';
import type { ShownError } from '../error-text';
import { ERROR_SUMMARY_ID } from '../use-criteria-editor';
import { domIdOf } from '../validation';

/** Every problem at the top, each a link that takes focus to its field (GOV.UK pattern). */
export function EditorErrorSummary({ errors }: { errors: readonly ShownError[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <section
      className="cs-error-summary"
      id={ERROR_SUMMARY_ID}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${ERROR_SUMMARY_ID}-title`}
    >
      <h3 id={`${ERROR_SUMMARY_ID}-title`} className="cs-error-summary__title">
        {t('organizer.criteria.errors.summaryTitle', { count: errors.length })}
      </h3>
      <ul className="cs-error-summary__list">
        {errors.map((error) => (
          <li key={error.address}>
            <a
              href={`#${domIdOf(error.address)}`}
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(domIdOf(error.address));
                field?.focus();
                field?.scrollIntoView?.({ block: 'center' });
              }}
            >
              {error.summary}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
