/**
 * A ref callback that focuses the element once, when it mounts. Module-level so its identity is stable:
 * an inline arrow would run again on every render and steal focus back from whatever the user touched.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
