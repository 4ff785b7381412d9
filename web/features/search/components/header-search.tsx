import { ActionIcon, Box } from "@mantine/core";
import { Dialog } from "#web/components/dialog.tsx";
import { useDisclosure } from "@mantine/hooks";
import { SearchBox, SearchIcon } from "./search-box.tsx";

/** The header's search: a box on wide screens, an icon that opens it on narrow ones. */
export function HeaderSearch() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Box visibleFrom="md" w={{ md: 260, lg: 340 }}>
        <SearchBox />
      </Box>
      <ActionIcon hiddenFrom="md" variant="subtle" color="gray" size="lg" aria-label="Search" onClick={open}>
        <SearchIcon />
      </ActionIcon>
      <Dialog opened={opened} onClose={close} title="Search" closeButtonProps={{ "aria-label": "Close search" }} yOffset="5vh">
        <SearchBox autoFocus onNavigated={close} />
      </Dialog>
    </>
  );
}
