/**
 * A ref that moves keyboard focus to what it is put on when that appears:
 * a result that replaces the form just submitted, so focus does not fall
 * back to the page's start. The element needs tabIndex={-1}.
 */
export const focusOnMount = (element: HTMLElement | null): void => element?.focus();

/** How long a page may take to show its heading (it may load its data first). */
const HEADING_WAIT_MS = 3_000;

/**
 * After a navigation, focus moves to the new page's heading, as a screen
 * reader user expects from a page load: they hear where they are and read on
 * from there. Pages load lazily, so this waits for the heading to appear;
 * someone who has already moved into the page meanwhile keeps their place.
 * Answers a function that stops waiting.
 */
export function focusPageHeading(main: HTMLElement): () => void {
  const tryFocus = (): boolean => {
    const heading = main.querySelector<HTMLElement>("h1");
    if (!heading) return false;
    if (main.contains(document.activeElement) && document.activeElement !== main) return true;
    if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    return true;
  };
  if (tryFocus()) return () => {};
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), HEADING_WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(main, { childList: true, subtree: true });
  return stop;
}
