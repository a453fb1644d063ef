import { useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import type { Neighbour } from '../neighbours';
import { useNeighbours } from './use-neighbours';

export function evaluationHref(assignmentId: string, queueSearch: string): string {
  const href = paths.evaluation.href(assignmentId);
  return queueSearch === '' ? href : `${href}?${new URLSearchParams({ queue: queueSearch }).toString()}`;
}

/**
 * Moving through the queue without losing anything: every way out of the page (prev, next, back to
 * the queue) waits for the draft to be saved or queued first.
 */
export function useQueueNavigation(assignmentId: string, queueSearch: string, flush: () => Promise<void>) {
  const navigate = useNavigate();
  const neighbours = useNeighbours(assignmentId, queueSearch);
  const [navigating, setNavigating] = useState(false);
  const backHref = paths.expertQueue.href(queueSearch);

  const go = async (href: string) => {
    if (navigating) return;
    setNavigating(true);
    try {
      await flush();
    } catch {
      // The engine keeps a local copy whatever the server said; leaving is safe.
    }
    void navigate(href);
  };
  const hrefOf = (n: Neighbour | null | undefined) =>
    n === null || n === undefined ? null : evaluationHref(n.assignmentId, n.queueSearch);

  const goTo = (n: Neighbour | null | undefined) => {
    const href = hrefOf(n);
    if (href !== null) void go(href);
  };

  return {
    neighbours,
    navigating,
    backHref,
    nextHref: hrefOf(neighbours?.next),
    next: () => goTo(neighbours?.next),
    prev: () => goTo(neighbours?.prev),
    back: (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      void go(backHref);
    },
  };
}
