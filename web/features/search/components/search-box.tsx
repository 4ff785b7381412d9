import { Badge, Combobox, Group, Loader, Stack, Text, TextInput, useCombobox } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState, type KeyboardEvent } from "react";
import { useNavigate } from "react-router";
import { errorMessage } from "#web/api-client.ts";
import { useSearch } from "../api/search.ts";
import { HitSnippet, HitTitle, KindBadge } from "./hit-text.tsx";

const ALL = "__all__";

export function SearchIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </svg>
  );
}

interface SearchBoxProps {
  autoFocus?: boolean;
  /** After the box took the person somewhere (a result, the results page). */
  onNavigated?: () => void;
}

/** Type-ahead search over cheat sheets and the glossary: arrows pick, Enter opens, Escape closes. */
export function SearchBox({ autoFocus, onNavigated }: SearchBoxProps) {
  const [value, setValue] = useState("");
  const [q] = useDebouncedValue(value.trim(), 200);
  const results = useSearch({ q, limit: 6 });
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const navigate = useNavigate();
  const hits = q ? (results.data?.items ?? []) : [];

  const go = (to: string) => {
    combobox.closeDropdown();
    setValue("");
    void navigate(to);
    onNavigated?.();
  };
  const openAll = () => value.trim() && go(`/search?q=${encodeURIComponent(value.trim())}`);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter without a highlighted result opens the full results page.
    if (event.key === "Enter" && combobox.getSelectedOptionIndex() === -1) {
      event.preventDefault();
      openAll();
    }
  };

  return (
    <Combobox store={combobox} onOptionSubmit={(option) => (option === ALL ? openAll() : go(option))} position="bottom-start" offset={4}>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          inputMode="search"
          enterKeyHint="search"
          aria-label="Search cheat sheets and glossary"
          placeholder="Search cheat sheets, glossary…"
          leftSection={<SearchIcon />}
          rightSection={results.isFetching ? <Loader size="xs" aria-label="Searching" /> : null}
          value={value}
          autoFocus={autoFocus}
          data-autofocus={autoFocus || undefined}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            combobox.openDropdown();
            combobox.resetSelectedOption();
          }}
          onFocus={() => value.trim() && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={onKeyDown}
        />
      </Combobox.Target>

      <Combobox.Dropdown hidden={!value.trim()} miw={320}>
        <Combobox.Options aria-label="Search results">
          {hits.map((hit) => (
            <Combobox.Option key={`${hit.kind}:${hit.id}`} value={hit.link}>
              <Stack gap={2}>
                <Group gap={6} wrap="nowrap" justify="space-between">
                  <Text size="sm" fw={600} lineClamp={1}>
                    <HitTitle hit={hit} />
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    {hit.stale && (
                      <Badge size="xs" variant="light" color="orange">
                        Stale
                      </Badge>
                    )}
                    <KindBadge kind={hit.kind} />
                  </Group>
                </Group>
                {/* Not "dimmed": the highlighted option is white on blue, and the snippet keeps its colour. */}
                <Text size="xs" lineClamp={2} style={{ opacity: 0.8 }}>
                  <HitSnippet hit={hit} />
                </Text>
              </Stack>
            </Combobox.Option>
          ))}
          {q && hits.length === 0 && (
            <Combobox.Empty>
              {results.isError ? `Search failed: ${errorMessage(results.error)}` : results.isFetching ? "Searching…" : `Nothing found for “${q}”.`}
            </Combobox.Empty>
          )}
          {value.trim() && (
            <Combobox.Option value={ALL}>
              <Text size="sm" c="blue.7">
                See all results for “{value.trim()}”
              </Text>
            </Combobox.Option>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
