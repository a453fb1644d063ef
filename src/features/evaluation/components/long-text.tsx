import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Longer than this, a text starts collapsed so one 15,000-character answer does not bury the rest. */
const COLLAPSE_AFTER = 1200;

/**
 * Applicant text, rendered as text (React escapes it) with its line breaks kept by CSS. Never
 * parsed as HTML or Markdown, whatever it contains.
 */
export function LongText({ text }: { text: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const long = text.length > COLLAPSE_AFTER;
  const collapsed = long && !expanded;
  return (
    <>
      <div id={id} className={collapsed ? 'long-text long-text--collapsed' : 'long-text'}>
        {text}
      </div>
      {long ? (
        <button
          type="button"
          className="long-text__toggle"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded
            ? t('evaluation.card.showLess')
            : `${t('evaluation.card.showMore')} · ${t('evaluation.card.characters', { count: text.length })}`}
        </button>
      ) : null}
    </>
  );
}
