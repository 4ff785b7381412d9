import { useClarityThresholds } from "../../api/get-clarity-thresholds.ts";
import { useOwnerOptions } from "../../api/get-owner-options.ts";
import { useServiceOptions } from "../../api/get-service-options.ts";
import { useTermOptions } from "../../api/get-term-options.ts";
import { withKnown, type Option } from "./sheet-values.ts";

interface Known {
  services?: { id: string; name: string }[];
  terms?: { id: string; term: string }[];
  owner?: { id: string; name: string } | null;
}

/** The choices and limits the editor needs; those a sheet already has stay choosable. */
export function useEditorData(known: Known = {}) {
  const services = useServiceOptions();
  const terms = useTermOptions();
  const owners = useOwnerOptions();
  const thresholds = useClarityThresholds();
  const glossary = terms.data ?? [];
  const termOptions: Option[] = glossary.map((term) => ({ value: term.id, label: term.term }));
  return {
    serviceOptions: withKnown(services.data ?? [], (known.services ?? []).map((service) => ({ value: service.id, label: service.name }))),
    termOptions: withKnown(termOptions, (known.terms ?? []).map((term) => ({ value: term.id, label: term.term }))),
    ownerOptions: withKnown(owners.data ?? [], known.owner ? [{ value: known.owner.id, label: known.owner.name }] : []),
    glossary,
    thresholds: thresholds.data,
  };
}
