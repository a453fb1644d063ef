import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import type { SheetTotal } from '@/domain/totals';
import { currentLocale } from '@/i18n/i18n';
import type { SaveStatus as Status } from '../draft/types';
import type { Neighbours } from '../neighbours';
import { DeadlineLeft } from './deadline-left';
import { SaveStatus } from './save-status';
import { formatTotal } from '@/components/criteria/total-format';

interface EvaluationBarProps {
  applicationId: string;
  title: string;
  backHref: string;
  onBack: (event: MouseEvent<HTMLAnchorElement>) => void;
  /** null on a read-only sheet: there is nothing left to save. */
  status: Status | null;
  loadedSavedAt: string | null;
  dueAt: string | null;
  total: SheetTotal;
  neighbours: Neighbours | null;
  navigating: boolean;
  onPrev: () => void;
  onNext: () => void;
  onHelp: () => void;
}

/** The sticky bar: where am I, is my work safe, how long is left, what is my total, where next. */
export function EvaluationBar(props: EvaluationBarProps) {
  const { t } = useTranslation();
  const { neighbours, navigating } = props;
  const shown = formatTotal(currentLocale(), props.total);
  return (
    <header className="evaluation-bar">
      <div className="evaluation-bar__main">
        <Link to={props.backHref} className="evaluation-bar__back" onClick={props.onBack}>
          <span aria-hidden="true">← </span>
          {t('evaluation.bar.backToQueue')}
        </Link>
        <h1 className="evaluation-bar__title" title={props.title}>
          {t('evaluation.pageTitle', { id: props.applicationId, title: props.title })}
        </h1>
      </div>
      <div className="evaluation-bar__meta">
        {props.status === null ? null : (
          <SaveStatus status={props.status} loadedSavedAt={props.loadedSavedAt} />
        )}
        <DeadlineLeft dueAt={props.dueAt} />
        <p className="evaluation-bar__total">
          {t('evaluation.bar.total')}{' '}
          <strong>{t('evaluation.bar.totalValue', { total: shown.total, max: shown.max })}</strong>
        </p>
        <div className="evaluation-bar__nav">
          <Button
            variant="secondary"
            size="sm"
            aria-label={t('evaluation.bar.prevLabel')}
            title={t('evaluation.bar.prevLabel')}
            aria-keyshortcuts="k"
            disabled={neighbours?.prev == null}
            busy={navigating}
            onClick={props.onPrev}
          >
            <span aria-hidden="true">‹</span>
            <span className="evaluation-bar__label">{t('evaluation.bar.prev')}</span>
          </Button>
          {neighbours?.position != null ? (
            <span className="evaluation-bar__position">
              <span aria-hidden="true">
                {t('evaluation.bar.position', { index: neighbours.position, total: neighbours.total })}
              </span>
              <span className="visually-hidden">
                {t('evaluation.bar.positionLabel', { index: neighbours.position, total: neighbours.total })}
              </span>
            </span>
          ) : null}
          <Button
            variant="secondary"
            size="sm"
            aria-label={t('evaluation.bar.nextLabel')}
            title={t('evaluation.bar.nextLabel')}
            aria-keyshortcuts="j"
            disabled={neighbours?.next == null}
            busy={navigating}
            onClick={props.onNext}
          >
            <span className="evaluation-bar__label">{t('evaluation.bar.next')}</span>
            <span aria-hidden="true">›</span>
          </Button>
        </div>
        <Button
          variant="ghost"
          size="sm"
          className="evaluation-bar__help"
          aria-keyshortcuts="?"
          title={t('evaluation.bar.help')}
          onClick={props.onHelp}
        >
          <span aria-hidden="true" className="evaluation-bar__key">
            ?
          </span>
          <span className="evaluation-bar__label">{t('evaluation.bar.help')}</span>
        </Button>
      </div>
    </header>
  );
}
