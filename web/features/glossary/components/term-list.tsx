import { Anchor, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { GlossaryTerm } from "#shared/contracts/glossary.ts";

interface TermListProps {
  terms: GlossaryTerm[];
  /** Given to writers: the edit and delete buttons of each term. */
  onEdit: (term: GlossaryTerm) => void;
  onDelete: (term: GlossaryTerm) => void;
}

export function TermList({ terms, onEdit, onDelete }: TermListProps) {
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label="Glossary terms">
      {terms.map((term) => (
        <Paper key={term.id} withBorder px="md" py="sm" component="li">
          <Group justify="space-between" align="flex-start" gap="sm">
            <Stack gap={4} style={{ flex: "1 1 260px", minWidth: 0 }}>
              <Anchor component={Link} to={`/glossary/${term.id}`} fw={700} fz="lg">
                {term.term}
              </Anchor>
              <Text>{term.definition}</Text>
              {term.synonyms.length > 0 && (
                <Group gap={6} mt={4}>
                  <Text size="sm" c="dimmed" span>
                    Also called
                  </Text>
                  {term.synonyms.map((synonym) => (
                    <Badge key={synonym} variant="default" tt="none">
                      {synonym}
                    </Badge>
                  ))}
                </Group>
              )}
            </Stack>
            {(term.permissions.update || term.permissions.delete) && (
              <Group gap="xs">
                {term.permissions.update && (
                  <Button size="xs" variant="default" onClick={() => onEdit(term)} aria-label={`Edit ${term.term}`}>
                    Edit
                  </Button>
                )}
                {term.permissions.delete && (
                  <Button size="xs" variant="light" color="red" onClick={() => onDelete(term)} aria-label={`Delete ${term.term}`}>
                    Delete
                  </Button>
                )}
              </Group>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
