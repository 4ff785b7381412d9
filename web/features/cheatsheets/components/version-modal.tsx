import { Stack, Text } from "@mantine/core";
import { Dialog } from "#web/components/dialog.tsx";
import { formatDateTime } from "#web/components/format.ts";
import { PageError, PageLoader } from "#web/components/page-states.tsx";
import { useVersion } from "../api/get-version.ts";
import { ClarityExceptionNote } from "./clarity-exception-note.tsx";
import { SheetContentView } from "./sheet-content-view.tsx";

/** One published version as readers saw it. */
export function VersionModal({ sheetId, number, onClose }: { sheetId: string; number: number | null; onClose: () => void }) {
  const version = useVersion(sheetId, number);
  return (
    <Dialog opened={number !== null} onClose={onClose} title={`Version ${number ?? ""}`} size="xl" closeButtonProps={{ "aria-label": "Close" }}>
      {version.isPending ? (
        <PageLoader label="Loading the version…" />
      ) : version.isError ? (
        <PageError error={version.error} onRetry={() => void version.refetch()} />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Published {formatDateTime(version.data.publishedAt)}
            {version.data.author ? ` · written by ${version.data.author.name}` : ""}
            {version.data.reviewer ? ` · approved by ${version.data.reviewer.name}` : ""}
            {version.data.reviewComment ? ` · “${version.data.reviewComment}”` : ""}
          </Text>
          {version.data.clarityException && <ClarityExceptionNote exception={version.data.clarityException} />}
          <SheetContentView content={version.data.content} showTitle />
        </Stack>
      )}
    </Dialog>
  );
}
