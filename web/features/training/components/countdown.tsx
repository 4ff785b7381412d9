import { Text, VisuallyHidden } from "@mantine/core";
import { useEffect, useState } from "react";

const clock = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
};

/**
 * Time left until `deadline`, ticking each second. The server enforces the
 * limit; this only shows it. Screen readers hear it once a minute, not every second.
 */
export function Countdown({ deadline, onElapsed }: { deadline: string; onElapsed: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const left = Date.parse(deadline) - now;
  useEffect(() => {
    if (left <= 0) {
      onElapsed();
      return;
    }
    const timer = setTimeout(() => setNow(Date.now()), 1000);
    return () => clearTimeout(timer);
  }, [left, onElapsed]);
  const minutesLeft = Math.ceil(left / 60_000);
  return (
    <>
      <Text fw={700} aria-hidden c={left < 60_000 ? "red" : undefined}>
        Time left: {clock(left)}
      </Text>
      <VisuallyHidden role="status" aria-live="polite">
        {left > 0 ? `${minutesLeft} ${minutesLeft === 1 ? "minute" : "minutes"} left` : "Time is up"}
      </VisuallyHidden>
    </>
  );
}
