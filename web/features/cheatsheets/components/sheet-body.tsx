import { Popover, Text, Typography } from "@mantine/core";
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from "react";
import "./sheet-body.css";

interface Definition {
  key: string;
  definition: string;
}

interface Shown {
  element: HTMLElement;
  term: string;
  definition: string;
  box: { left: number; top: number; width: number; height: number };
}

const TERM = "dfn.glossary-term";
const keyOf = (element: HTMLElement, index: number) => (element.dataset.termId ?? `term-${index}`).replace(/[^\w-]/g, "");

/**
 * A sheet's rendered body. Each glossary term the server marked shows its
 * definition on hover and on keyboard focus, and screen readers hear it as the
 * term's description.
 */
export function SheetBody({ html }: { html: string }) {
  const root = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const prefix = useId().replace(/[^\w-]/g, "");
  const [definitions, setDefinitions] = useState<Definition[]>([]);
  const [shown, setShown] = useState<Shown | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The markup comes from the server; tie each term to its hidden description once it is in the page.
  useLayoutEffect(() => {
    const found = new Map<string, string>();
    root.current?.querySelectorAll<HTMLElement>(TERM).forEach((element, index) => {
      const definition = element.dataset.definition;
      if (!definition) return;
      const key = keyOf(element, index);
      if (!found.has(key)) found.set(key, definition);
      element.setAttribute("aria-describedby", `${prefix}-${key}`);
    });
    setDefinitions([...found].map(([key, definition]) => ({ key, definition })));
    setShown(null);
  }, [html, prefix]);

  const cancelHide = () => {
    if (hideTimer.current) clearTimeout(hideTimer.current);
    hideTimer.current = null;
  };
  // A short delay lets the pointer move from the term onto the definition.
  const hideSoon = useCallback(() => {
    if (hideTimer.current) clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setShown(null), 150);
  }, []);
  useEffect(() => () => cancelHide(), []);

  const show = (target: EventTarget) => {
    const element = target instanceof Element ? target.closest<HTMLElement>(TERM) : null;
    const container = root.current;
    if (!element || !container || !element.dataset.definition) return false;
    cancelHide();
    if (shown?.element === element) return true;
    const outer = container.getBoundingClientRect();
    const rect = element.getBoundingClientRect();
    setShown({
      element,
      term: element.textContent ?? "",
      definition: element.dataset.definition,
      box: { left: rect.left - outer.left, top: rect.top - outer.top, width: rect.width, height: rect.height },
    });
    return true;
  };

  const onTooltip = (target: EventTarget | null) => target instanceof Node && Boolean(tooltip.current?.contains(target));
  const onMouseOver = (event: MouseEvent) => {
    if (onTooltip(event.target)) cancelHide();
    else show(event.target);
  };
  const onMouseOut = (event: MouseEvent) => {
    if (onTooltip(event.relatedTarget)) return;
    const to = event.relatedTarget instanceof Element ? event.relatedTarget.closest(TERM) : null;
    if (shown && to !== shown.element) hideSoon();
  };
  const onFocus = (event: FocusEvent) => void show(event.target);
  const onBlur = () => hideSoon();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && shown) {
      event.stopPropagation();
      setShown(null);
    }
  };

  return (
    <div className="sheet-body" ref={root} onMouseOver={onMouseOver} onMouseOut={onMouseOut} onFocus={onFocus} onBlur={onBlur} onKeyDown={onKeyDown}>
      <Typography>
        {/* Rendered from Markdown and sanitized by the server; its only markup besides formatting is the glossary <dfn>. */}
        <div dangerouslySetInnerHTML={{ __html: html }} />
      </Typography>
      <div hidden>
        {definitions.map((item) => (
          <span key={item.key} id={`${prefix}-${item.key}`}>
            {item.definition}
          </span>
        ))}
      </div>
      <Popover opened={shown !== null} position="top" withArrow shadow="md" withinPortal={false}>
        <Popover.Target>
          <span aria-hidden style={{ position: "absolute", pointerEvents: "none", ...(shown?.box ?? { left: 0, top: 0, width: 0, height: 0 }) }} />
        </Popover.Target>
        <Popover.Dropdown ref={tooltip} aria-hidden maw={320}>
          <Text size="sm">
            <strong>{shown?.term}:</strong> {shown?.definition}
          </Text>
        </Popover.Dropdown>
      </Popover>
    </div>
  );
}
