import { useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '@/api/schemas/applications';
import type { Criterion } from '@/api/schemas/criteria';
import { Button } from '@/components/ui/button';
import { ApplicationCard } from './application-card';
import { QuoteAnchor, type QuoteAnchorHandle } from './quote-anchor';

interface CardColumnProps {
  application: Application;
  nominationTitle: string | null;
  quoteAnchor: RefObject<QuoteAnchorHandle | null>;
  /** Criteria whose comments can take a quote. */
  quotable: readonly Criterion[];
  canQuote: boolean;
  canRecuse: boolean;
  onQuote: (criterionId: string, quote: string) => void;
  onRecuse: () => void;
}

/** The left column: the application as submitted, scrollable on its own, with quoting and recusal. */
export function CardColumn({ quoteAnchor, ...props }: CardColumnProps) {
  const { t } = useTranslation();
  const columnRef = useRef<HTMLElement>(null);
  const { application } = props;
  return (
    <section
      ref={columnRef}
      className="evaluation-column evaluation-column--card"
      aria-labelledby="card-heading"
      // Focusable so keyboard users can scroll a long card that may hold no links at all.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <div className="card-head">
        <h2 id="card-heading" className="card-head__title">
          {t('evaluation.card.regionLabel', { id: application.id })}
        </h2>
        {props.canRecuse ? (
          <Button variant="ghost" size="sm" className="card-head__recuse" onClick={props.onRecuse}>
            {t('evaluation.form.recuse')}
          </Button>
        ) : null}
      </div>
      {props.canQuote ? <p className="card-head__hint">{t('evaluation.card.hint')}</p> : null}
      <ApplicationCard application={application} nominationTitle={props.nominationTitle} />
      <QuoteAnchor
        ref={quoteAnchor}
        containerRef={columnRef}
        criteria={props.quotable}
        enabled={props.canQuote}
        onQuote={props.onQuote}
      />
    </section>
  );
}
