import { Badge } from "@mantine/core";
import type { SearchHit, SearchKind } from "#shared/contracts/search.ts";

export const KIND_LABELS: Record<SearchKind, string> = { cheatsheet: "Cheat sheet", glossary_term: "Glossary" };

export function KindBadge({ kind }: { kind: SearchKind }) {
  return (
    <Badge size="xs" variant="light" color={kind === "cheatsheet" ? "blue" : "grape"} style={{ flexShrink: 0 }}>
      {KIND_LABELS[kind]}
    </Badge>
  );
}

/*
 * The server escapes every character of the title and snippet as HTML and adds only
 * <mark> around the matched words, so this markup is safe to put in the page.
 */
export function HitTitle({ hit }: { hit: SearchHit }) {
  return <span dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />;
}

export function HitSnippet({ hit }: { hit: SearchHit }) {
  return <span dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />;
}
