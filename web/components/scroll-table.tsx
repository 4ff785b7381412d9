import { Box, Text } from "@mantine/core";
import { useEffect, useRef, useState, type ReactNode } from "react";

interface ScrollTableProps {
  /** Names the table's box for screen readers and keyboard users, who can scroll it once focused. */
  label: string;
  /** Below this width the table scrolls sideways inside its box instead of squeezing its columns. */
  minWidth: number;
  mt?: string;
  children: ReactNode;
}

/**
 * A table that never makes the page wider than the screen: it scrolls inside
 * its own box, and while part of it is out of sight a line above says so and
 * a shadow marks the edge where more columns wait.
 */
export function ScrollTable({ label, minWidth, mt, children }: ScrollTableProps) {
  const box = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState({ left: false, right: false });

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const update = () =>
      setHidden({ left: element.scrollLeft > 1, right: element.scrollLeft + element.clientWidth < element.scrollWidth - 1 });
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    element.addEventListener("scroll", update, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener("scroll", update);
    };
  }, []);

  const scrolls = hidden.left || hidden.right;
  const shadows = [hidden.left && "inset 12px 0 10px -10px rgba(0, 0, 0, 0.35)", hidden.right && "inset -12px 0 10px -10px rgba(0, 0, 0, 0.35)"].filter(Boolean);
  return (
    <Box mt={mt}>
      {scrolls && (
        <Text size="xs" c="dimmed" mb={4} aria-hidden>
          {hidden.right ? "Scroll sideways for more columns →" : "← More columns to the left"}
        </Text>
      )}
      <div
        ref={box}
        role="region"
        aria-label={scrolls ? `${label} (scrolls sideways)` : label}
        // Focusable only while it scrolls, so arrow keys can move it.
        tabIndex={scrolls ? 0 : undefined}
        // Positioned, so what a cell places absolutely (hidden labels) stays inside the box.
        style={{ position: "relative", overflowX: "auto", boxShadow: shadows.join(", ") || undefined }}
      >
        <div style={{ minWidth }}>{children}</div>
      </div>
    </Box>
  );
}
