import { Anchor, AppShell, Burger, Container, Group, NavLink, ScrollArea, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useEffect, useRef, type ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { focusPageHeading } from "./focus.ts";

export interface NavItem {
  to: string;
  label: string;
}

interface AppLayoutProps {
  nav: NavItem[];
  /** Shown in the header on wide screens and at the bottom of the navigation on narrow ones. */
  tools: (placement: "header" | "navbar") => ReactNode;
  /** Always in the header, on every screen width (the notification bell). */
  headerActions?: ReactNode;
  children: ReactNode;
}

/** The signed-in frame: header, navigation (a burger menu on narrow screens) and the page. */
export function AppLayout({ nav, tools, headerActions, children }: AppLayoutProps) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const isActive = (to: string) => pathname === to || pathname.startsWith(`${to}/`);
  // Whatever moved us to another page (a link, a workspace switch), the burger menu has done its job.
  useEffect(() => close(), [pathname, close]);
  // A new page (not the first one: the browser's own page load handles that) takes focus at its heading.
  const main = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  useEffect(() => {
    if (previousPath.current === pathname || !main.current) return;
    previousPath.current = pathname;
    return focusPageHeading(main.current);
  }, [pathname]);

  return (
    <>
      <a href="#main-content" className="skip-link">
        Skip to main content
      </a>
      <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: "sm", collapsed: { mobile: !opened } }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? "Close navigation" : "Open navigation"}
                aria-expanded={opened}
                aria-controls="main-navigation"
              />
              <Anchor component={Link} to="/" fw={700} fz="xl" underline="never" c="inherit">
                Tandem
              </Anchor>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <Group gap="sm" wrap="nowrap" visibleFrom="sm">
                {tools("header")}
              </Group>
              {headerActions}
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="sm" id="main-navigation">
          <AppShell.Section grow component={ScrollArea}>
            <nav aria-label="Main">
              {nav.map((item) => (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={item.label}
                  active={isActive(item.to)}
                  aria-current={isActive(item.to) ? "page" : undefined}
                />
              ))}
            </nav>
          </AppShell.Section>
          <AppShell.Section hiddenFrom="sm" pt="sm" style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
            <Stack gap="sm">{tools("navbar")}</Stack>
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main id="main-content" ref={main} tabIndex={-1}>
          <Container size="xl" px={0}>
            {children}
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
