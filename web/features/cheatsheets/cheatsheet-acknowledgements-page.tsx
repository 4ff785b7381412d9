import { Anchor, Select, Stack, Text } from "@mantine/core";
import { Link, useSearchParams } from "react-router";
import { PageHeader } from "#web/components/page-header.tsx";
import { PageEmpty, PageError } from "#web/components/page-states.tsx";
import { useCan } from "#web/components/session-context.tsx";
import { useRepOptions } from "./api/get-rep-options.ts";
import { MemberAcknowledgements } from "./components/member-acknowledgements.tsx";

const backLink = (
  <Anchor component={Link} to="/cheatsheets" size="sm">
    ← Cheat sheets
  </Anchor>
);

/** Managers pick a rep; the rep is kept in the address so the view can be linked to. */
function ByRep() {
  const [params, setParams] = useSearchParams();
  const memberId = params.get("member");
  const reps = useRepOptions();
  const chosen = reps.data?.find((rep) => rep.value === memberId);

  return (
    <Stack gap="md">
      {backLink}
      <PageHeader title="Acknowledgements" description="Who has read what: the published cheat sheets a rep has acknowledged, and which changed since." />
      {reps.isError ? (
        <PageError title="Could not load the reps" error={reps.error} onRetry={() => void reps.refetch()} />
      ) : (
        <Select
          label="Rep"
          placeholder={reps.isPending ? "Loading reps…" : "Choose a rep"}
          data={reps.data ?? []}
          value={memberId}
          onChange={(value) => setParams(value ? { member: value } : {}, { replace: true })}
          searchable
          nothingFoundMessage="No rep found"
          disabled={reps.isPending}
          maw={420}
        />
      )}
      {memberId ? (
        <section aria-label={chosen ? `Acknowledgements of ${chosen.label}` : "Acknowledgements of the chosen member"}>
          {/* A link may name someone who left or changed roles; the API still answers for them. */}
          {reps.isSuccess && !chosen && (
            <Text size="sm" c="dimmed" mb="sm">
              This member is not an active rep of the workspace.
            </Text>
          )}
          <MemberAcknowledgements memberId={memberId} emptyHint="Once sheets are published, this rep's acknowledgements appear here." />
        </section>
      ) : (
        reps.isSuccess &&
        (reps.data.length === 0 ? (
          <PageEmpty title="No reps yet" description="Members with the Sales rep role appear here." />
        ) : (
          <PageEmpty title="Choose a rep" description="See which cheat sheets they acknowledged, in which version, and which are still waiting." />
        ))
      )}
    </Stack>
  );
}

function Own() {
  return (
    <Stack gap="md">
      {backLink}
      <PageHeader title="Your acknowledgements" description="The published cheat sheets you have acknowledged, and the ones that changed since or wait for you." />
      <MemberAcknowledgements memberId={undefined} emptyHint="Once the project team publishes sheets, they appear here." />
    </Stack>
  );
}

/** Managers see any rep's acknowledgements; everyone else sees their own (the API allows no more). */
export function CheatSheetAcknowledgementsPage() {
  const canManage = useCan("cheatsheets.seeAcknowledgements");
  return canManage ? <ByRep /> : <Own />;
}
