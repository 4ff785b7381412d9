import { useClarityThresholds } from "../api/get-clarity-thresholds.ts";
import { useTermOptions } from "../api/get-term-options.ts";
import { ClarityPanel } from "./editor/clarity-panel.tsx";

/** The clarity check of a draft as its reviewer reads it: the same figures the writer saw. */
export function DraftClarity({ pitch, body, termIds }: { pitch: string; body: string; termIds: string[] }) {
  const glossary = useTermOptions();
  const thresholds = useClarityThresholds();
  if (glossary.isPending || thresholds.isPending) return null;
  return <ClarityPanel pitch={pitch} body={body} glossary={glossary.data ?? []} termIds={termIds} thresholds={thresholds.data} />;
}
