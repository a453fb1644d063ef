import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { altArrowStep } from '../../shared/reorder';
import type { Stage } from '@/api/schemas/contests';
import type { CriteriaSet } from '@/api/schemas/criteria';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ContestDate } from './contest-date';
import { ExtensionList } from './extension-list';

const STATUS_TONE = { planned: 'neutral', active: 'success', closed: 'info' } as const;

export type StageAction = 'edit' | 'extend' | 'advance';

interface StageCardProps {
  stage: Stage;
  position: number;
  count: number;
  criteriaSet: CriteriaSet | null;
  canAdvance: boolean;
  onMove: (stage: Stage, delta: -1 | 1, focusId: string) => void;
  onAction: (stage: Stage, action: StageAction) => void;
}

export function moveButtonId(stageId: string, delta: -1 | 1): string {
  return `stage-${stageId}-${delta < 0 ? 'up' : 'down'}`;
}

/** One stage: what it is, when it runs, what it scores by, who got more time, and what can be done. */
export function StageCard({
  stage,
  position,
  count,
  criteriaSet,
  canAdvance,
  onMove,
  onAction,
}: StageCardProps) {
  const { t } = useTranslation();
  const titleId = `stage-${stage.id}-title`;

  // Alt+↑/↓ anywhere inside the card moves it; plain arrows stay with the focused control.
  function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
    const delta = altArrowStep(event);
    if (delta === null) return;
    event.preventDefault();
    if ((delta < 0 && position === 1) || (delta > 0 && position === count)) return;
    onMove(stage, delta, moveButtonId(stage.id, delta));
  }

  return (
    // The handler only listens for the Alt+arrow shortcut bubbling up from the card's own buttons.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <li className="stage-card" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <div className="stage-card__head">
        <p className="stage-card__position">{t('organizer.stages.position', { position, count })}</p>
        <h3 className="stage-card__title" id={titleId} tabIndex={-1}>
          {stage.title}
        </h3>
        <div className="stage-card__badges">
          <Badge tone="info">{t(`organizer.stages.kind.${stage.kind}`)}</Badge>
          <Badge tone={STATUS_TONE[stage.status]}>{t(`organizer.stages.status.${stage.status}`)}</Badge>
          {stage.structureFrozen ? <Badge tone="warning">{t('organizer.stages.frozen')}</Badge> : null}
        </div>
      </div>
      {stage.structureFrozen ? <p className="stage-card__frozen">{t('organizer.stages.frozenWhy')}</p> : null}
      <dl className="stage-card__details">
        <div>
          <dt>{t('organizer.stages.details.startsAt')}</dt>
          <dd>
            {stage.startsAt === null ? (
              t('organizer.stages.details.noDate')
            ) : (
              <ContestDate iso={stage.startsAt} />
            )}
          </dd>
        </div>
        <div>
          <dt>{t('organizer.stages.details.deadline')}</dt>
          <dd>
            {stage.deadline === null ? (
              t('organizer.stages.details.noDate')
            ) : (
              <ContestDate iso={stage.deadline} />
            )}
          </dd>
        </div>
        <div>
          <dt>{t('organizer.stages.details.criteriaSet')}</dt>
          <dd>
            {stage.criteriaSetId === null
              ? t('organizer.stages.details.noCriteriaSet')
              : (criteriaSet?.title ??
                t('organizer.stages.details.unknownCriteriaSet', { id: stage.criteriaSetId }))}
          </dd>
        </div>
      </dl>
      <div className="stage-card__extensions">
        <h4 className="stage-card__subtitle">{t('organizer.stages.extensions.title')}</h4>
        <ExtensionList stage={stage} />
      </div>
      <div className="stage-card__actions">
        <Button
          variant="secondary"
          size="sm"
          aria-label={t('organizer.stages.actions.editNamed', { title: stage.title })}
          onClick={() => onAction(stage, 'edit')}
        >
          {t('organizer.stages.actions.edit')}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          aria-label={t('organizer.stages.actions.extendNamed', { title: stage.title })}
          onClick={() => onAction(stage, 'extend')}
        >
          {t('organizer.stages.actions.extend')}
        </Button>
        {canAdvance ? (
          <Button
            variant="secondary"
            size="sm"
            aria-label={t('organizer.stages.actions.advanceNamed', { title: stage.title })}
            onClick={() => onAction(stage, 'advance')}
          >
            {t('organizer.stages.actions.advance')}
          </Button>
        ) : null}
        <span className="stage-card__move">
          <Button
            variant="ghost"
            size="sm"
            id={moveButtonId(stage.id, -1)}
            aria-label={t('organizer.stages.actions.moveUpNamed', { title: stage.title })}
            aria-keyshortcuts="Alt+ArrowUp"
            disabled={position === 1}
            onClick={() => onMove(stage, -1, moveButtonId(stage.id, -1))}
          >
            <span aria-hidden="true">↑</span> {t('organizer.stages.actions.moveUp')}
          </Button>
          <Button
            variant="ghost"
            size="sm"
            id={moveButtonId(stage.id, 1)}
            aria-label={t('organizer.stages.actions.moveDownNamed', { title: stage.title })}
            aria-keyshortcuts="Alt+ArrowDown"
            disabled={position === count}
            onClick={() => onMove(stage, 1, moveButtonId(stage.id, 1))}
          >
            <span aria-hidden="true">↓</span> {t('organizer.stages.actions.moveDown')}
          </Button>
        </span>
      </div>
    </li>
  );
}
