import { Alert, Anchor } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { Link } from "react-router";
import { useSameTitle } from "../api/get-same-title.ts";

/** Warns (never blocks) when a published sheet already has this title, with a link to it. */
export function SameTitleNotice({ title, sheetId }: { title: string; sheetId?: string }) {
  const [settled] = useDebouncedValue(title, 400);
  const same = useSameTitle(settled, sheetId);
  const other = same.data?.[0];
  if (!other) return null;
  return (
    <Alert color="yellow" variant="light" title="Another sheet has this title" role="status">
      <Anchor component={Link} to={`/cheatsheets/${other.id}`}>
        {other.title}
      </Anchor>{" "}
      is already published. Readers would find two sheets with the same name in search; give this one a title that tells them apart, or improve the other sheet instead.
    </Alert>
  );
}
