/**
 * A ref that moves keyboard focus to what it is put on when that appears:
 * a result that replaces the form just submitted, so focus does not fall
 * back to the page's start. The element needs tabIndex={-1}.
 */
export const focusOnMount = (element: HTMLElement | null): void => element?.focus();
