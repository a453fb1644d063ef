/**
 * DOM ids of the sheet's fields, derived from the validation field names (`scores.<id>`,
 * `comments.<id>`, `recommendation`, `overallComment`) so an error always finds its field.
 */
export function domIdOf(field: string): string {
  if (field.startsWith('scores.')) return `score-${field.slice('scores.'.length)}`;
  if (field.startsWith('comments.')) return `comment-${field.slice('comments.'.length)}`;
  if (field === 'recommendation') return 'recommendation';
  if (field === 'overallComment') return 'overall-comment';
  return field;
}

export const scoreDomId = (criterionId: string) => domIdOf(`scores.${criterionId}`);
export const commentDomId = (criterionId: string) => domIdOf(`comments.${criterionId}`);

/** Groups (a scale, a radio fieldset) take focus on their current option, as a keyboard user would land. */
function focusTarget(element: HTMLElement): HTMLElement | null {
  if (element.matches('input, textarea, button, select, a[href]')) return element;
  return (
    element.querySelector<HTMLElement>('[tabindex="0"], input:checked') ??
    element.querySelector<HTMLElement>('input, button, textarea')
  );
}

export function focusElement(element: HTMLElement | null): boolean {
  const target = element === null ? null : focusTarget(element);
  if (target === null) return false;
  target.focus({ preventScroll: true });
  // jsdom has no layout and no scrollIntoView; browsers centre the field below the sticky bar.
  if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'center' });
  return true;
}

export function focusDomId(id: string): boolean {
  return focusElement(document.getElementById(id));
}

export function focusField(field: string): boolean {
  return focusDomId(domIdOf(field));
}

/**
 * Enter in a score group moves on: to its comment, or (without one) to the next criterion's scale,
 * and after the last criterion to the overall decision or the submit button.
 */
export function advanceFrom(criterionId: string): void {
  if (focusDomId(commentDomId(criterionId))) return;
  const groups = Array.from(document.querySelectorAll<HTMLElement>('[data-score-group]'));
  const index = groups.findIndex((g) => g.id === scoreDomId(criterionId));
  const next = groups[index + 1];
  if (next !== undefined && focusElement(next)) return;
  if (focusDomId('recommendation') || focusDomId('overall-comment')) return;
  focusDomId('submit-sheet');
}
