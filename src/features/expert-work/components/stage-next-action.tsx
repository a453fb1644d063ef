import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyStage } from '@/api/schemas/expert-cabinet';
import { paths } from '@/config/paths';
import { evaluationHref } from '../evaluation-link';
import { nextAction, type NextAction } from '../next-action';
import { parseQueueSearch, queueRequestOf } from '../queue-params';
import { queueQueryOptions } from '../queries';

function actionLabel(t: TFunction, action: NextAction): string {
  switch (action.kind) {
    case 'returned':
      return t('queue.home.actionReturned', { count: action.count });
    case 'draft':
      return t('queue.home.actionDraft', { count: action.count });
    case 'new':
      return t('queue.home.actionNew', { count: action.count });
    case 'done':
      return t('queue.home.actionDone');
  }
}

/**
 * The one thing to do next in a stage, as a link. When exactly one application waits, the link goes
 * straight to it; until that is known it points at the filtered queue, which is never wrong.
 */
export function StageNextAction({ item, describedBy }: { item: MyStage; describedBy: string }) {
  const { t } = useTranslation();
  const action = nextAction(item);
  const single = action.kind !== 'done' && action.count === 1;
  // The same request the queue page makes for this link, so following it finds the page cached.
  const only = useQuery({
    ...queueQueryOptions(queueRequestOf(parseQueueSearch(action.search))),
    enabled: single,
    select: (page) => (page.total === 1 ? page.items[0] : undefined),
  }).data;

  const href =
    single && only !== undefined
      ? evaluationHref(only.assignment.id, action.search)
      : paths.expertQueue.href(action.search);
  const done = action.kind === 'done';
  return (
    <Link
      to={href}
      className={done ? 'btn btn--secondary next-action' : 'btn btn--primary next-action'}
      aria-describedby={describedBy}
    >
      {done ? (
        <span aria-hidden="true" className="next-action__check">
          ✓
        </span>
      ) : null}
      {actionLabel(t, action)}
      {done ? null : (
        <span aria-hidden="true" className="next-action__arrow">
          →
        </span>
      )}
    </Link>
  );
}
