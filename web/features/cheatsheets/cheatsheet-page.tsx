import { Anchor, Group, Stack, Tabs, Text } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { formatDate } from "#web/components/format.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { useCan } from "#web/components/session-context.tsx";
import { useCheatSheet } from "./api/get-cheatsheet.ts";
import { AcknowledgeBar } from "./components/acknowledge-bar.tsx";
import { AcknowledgementsPanel } from "./components/acknowledgements-panel.tsx";
import { ClarityExceptionNote } from "./components/clarity-exception-note.tsx";
import { PrintActions } from "./components/print-actions.tsx";
import { ReviewTimeline } from "./components/review-timeline.tsx";
import { SheetBadges } from "./components/sheet-badges.tsx";
import { DraftClarity } from "./components/draft-clarity.tsx";
import { SheetContentView } from "./components/sheet-content-view.tsx";
import { StaleBanner } from "./components/stale-banner.tsx";
import { VersionsPanel } from "./components/versions-panel.tsx";
import { WriterActions, workingStatus } from "./components/writer-actions.tsx";

type Tab = "published" | "draft" | "history" | "reviews" | "acknowledgements";

function describe(sheet: CheatSheet): string {
  const parts = [];
  if (sheet.publishedVersion !== null) parts.push(`Version ${sheet.publishedVersion}, published ${formatDate(sheet.publishedAt)}`);
  else parts.push("Never published");
  if (sheet.owner) parts.push(`owned by ${sheet.owner.name}`);
  if (sheet.verifyDueAt && sheet.status === "published") parts.push(`verify by ${formatDate(sheet.verifyDueAt)}`);
  return parts.join(" · ");
}

function SheetView({ sheet }: { sheet: CheatSheet }) {
  // Writers see the working copy, its versions and reviews.
  const canWrite = useCan("cheatsheets.seeWorkingCopies");
  const canManage = useCan("cheatsheets.seeAcknowledgements");
  const isReader = useCan("cheatsheets.confirmReading");
  const [tab, setTab] = useState<Tab>(sheet.published ? "published" : "draft");
  const working = workingStatus(sheet);
  const title = sheet.published?.title ?? sheet.draft?.title ?? sheet.title;
  const showTabs = canWrite || (canManage && sheet.published !== null);
  // A draft that was just approved or discarded takes its tab with it.
  const activeTab: Tab = tab === "draft" && !sheet.draft ? "published" : tab;
  const copy = activeTab === "draft" ? "draft" : "published";

  const published = sheet.published ? (
    <Stack gap="md">
      {sheet.clarityException && <ClarityExceptionNote exception={sheet.clarityException} />}
      <SheetContentView content={sheet.published} />
    </Stack>
  ) : (
    <PageEmpty title="Not published yet" description="Readers see this sheet once a reviewer approves it." />
  );

  return (
    <Stack gap="md" data-print-sheet>
      <Anchor component={Link} to="/cheatsheets" size="sm" data-print-hide>
        ← Cheat sheets
      </Anchor>
      <div>
        <PageHeader
          title={title}
          description={describe(sheet)}
          actions={
            <Group gap="sm" data-print-hide>
              {(sheet.published || (canWrite && sheet.draft)) && <PrintActions sheetId={sheet.id} copy={sheet.published ? copy : "draft"} />}
              {canWrite && <WriterActions sheet={sheet} />}
            </Group>
          }
        />
        {(canWrite || sheet.stale || (sheet.readState !== null && sheet.readState !== "read")) && (
          <Group data-print-hide mt={-8}>
            <SheetBadges sheet={sheet} showStatus={canWrite} showAcknowledged={false} />
          </Group>
        )}
      </div>
      <StaleBanner sheet={sheet} canVerify={sheet.permissions.verify} />
      {isReader && <AcknowledgeBar sheet={sheet} />}

      {!showTabs ? (
        published
      ) : (
        <Tabs value={activeTab} onChange={(value) => value && setTab(value as Tab)} keepMounted={false}>
          <Tabs.List data-print-hide mb="md" style={{ overflowX: "auto", flexWrap: "nowrap" }}>
            {sheet.published && <Tabs.Tab value="published">Published</Tabs.Tab>}
            {canWrite && sheet.draft && <Tabs.Tab value="draft">{working === "in_review" ? "Draft (in review)" : "Draft"}</Tabs.Tab>}
            {canWrite && sheet.publishedVersion !== null && <Tabs.Tab value="history">Versions</Tabs.Tab>}
            {canWrite && <Tabs.Tab value="reviews">Reviews</Tabs.Tab>}
            {canManage && sheet.published && <Tabs.Tab value="acknowledgements">Acknowledgements</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="published">{published}</Tabs.Panel>
          {sheet.draft && (
            <Tabs.Panel value="draft">
              <Stack gap="sm">
                <Text size="sm" c="dimmed" data-print-hide>
                  {working === "in_review" ? "Waiting for review" : "Not submitted yet"}
                  {sheet.draftAuthor ? ` · written by ${sheet.draftAuthor.name}` : ""}
                  {sheet.published ? " · readers still see the published version" : ""}
                </Text>
                <SheetContentView content={sheet.draft} showTitle={sheet.published !== null && sheet.draft.title !== sheet.published.title} />
                <div data-print-hide>
                  <DraftClarity pitch={sheet.draft.pitch} body={sheet.draft.body} termIds={sheet.draft.terms.map((term) => term.id)} />
                </div>
              </Stack>
            </Tabs.Panel>
          )}
          <Tabs.Panel value="history">
            <VersionsPanel sheet={sheet} />
          </Tabs.Panel>
          <Tabs.Panel value="reviews">
            <ReviewTimeline entries={sheet.reviews} />
          </Tabs.Panel>
          <Tabs.Panel value="acknowledgements">
            <AcknowledgementsPanel sheetId={sheet.id} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}

export function CheatSheetPage() {
  const { id = "" } = useParams();
  const sheet = useCheatSheet(id);
  if (sheet.isPending) return <PageLoader label="Loading the cheat sheet…" />;
  if (sheet.isError) return <PageError error={sheet.error} onRetry={() => void sheet.refetch()} />;
  return <SheetView key={id} sheet={sheet.data} />;
}
