import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { formatDateTime } from "#web/components/format.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { PageError, PageLoader } from "#web/components/page-states.tsx";
import { useGlossaryTerm } from "./api/get-glossary-term.ts";
import { DeleteTermModal } from "./components/delete-term-modal.tsx";
import { TermFormModal } from "./components/term-form-modal.tsx";

const STATUS_LABELS: Record<string, string> = { draft: "Draft", in_review: "In review", published: "Published", archived: "Archived" };

export function GlossaryTermPage() {
  const { id = "" } = useParams();
  const term = useGlossaryTerm(id);
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (term.isPending) return <PageLoader label="Loading the term…" />;
  if (term.isError) return <PageError error={term.error} onRetry={() => void term.refetch()} />;
  const current = term.data;

  return (
    <>
      <Anchor component={Link} to="/glossary" size="sm">
        ← Glossary
      </Anchor>
      <PageHeader
        title={current.term}
        description={`Last changed ${formatDateTime(current.updatedAt)}`}
        actions={
          <>
            {current.permissions.update && <Button onClick={() => setEditing(true)}>Edit</Button>}
            {current.permissions.delete && (
              <Button variant="light" color="red" onClick={() => setDeleting(true)}>
                Delete
              </Button>
            )}
          </>
        }
      />
      <Stack gap="md">
        <Paper withBorder p="md" component="section" aria-label="Definition">
          <Text fz="lg">{current.definition}</Text>
          {current.synonyms.length > 0 && (
            <Group gap={6} mt="sm">
              <Text size="sm" c="dimmed" span>
                Also called
              </Text>
              {current.synonyms.map((synonym) => (
                <Badge key={synonym} variant="default" tt="none">
                  {synonym}
                </Badge>
              ))}
            </Group>
          )}
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="related-sheets-title">
          <Title order={2} size="h4" mb="sm" id="related-sheets-title">
            Cheat sheets that use it
          </Title>
          {current.relatedSheets.length === 0 ? (
            <Text c="dimmed">No cheat sheet links this term yet.</Text>
          ) : (
            <List spacing="xs">
              {current.relatedSheets.map((sheet) => (
                <List.Item key={sheet.id}>
                  <Group gap="xs" wrap="wrap">
                    <Anchor component={Link} to={`/cheatsheets/${sheet.id}`}>
                      {sheet.title}
                    </Anchor>
                    {sheet.status !== "published" && (
                      <Badge size="sm" variant="light" color="gray">
                        {STATUS_LABELS[sheet.status] ?? sheet.status}
                      </Badge>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      </Stack>
      {editing && <TermFormModal key={current.version} opened term={current} onClose={() => setEditing(false)} />}
      <DeleteTermModal term={deleting ? current : null} onClose={() => setDeleting(false)} onDeleted={() => void navigate("/glossary")} />
    </>
  );
}
