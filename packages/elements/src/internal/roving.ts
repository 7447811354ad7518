/**
 * Roving focus in a one-dimensional list of controls (WAI-ARIA APG "composite widgets"): one tab
 * stop, arrows move, Home and End jump. The element keeps its own idea of the active item; this
 * only answers where a key goes and moves the tab stop and focus there.
 */

/** The index a key moves to from `at` in a list of `count` items, or undefined for other keys. */
export function rovingIndex(key: string, at: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(count - 1, at + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, at - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** Makes `target` the one tab stop of `items` and focuses it. */
export function moveTabStop(items: readonly HTMLElement[], target: HTMLElement): void {
  for (const b of items) b.tabIndex = b === target ? 0 : -1;
  target.focus();
}
