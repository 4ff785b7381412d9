import "./zod-config.ts";
import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "./app.css";
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { isApiError } from "./api-client.ts";
import { createAppRouter } from "./router.tsx";
import { cssVariablesResolver, theme } from "./theme.ts";

const router = createAppRouter();

/** A 401 anywhere means the session ended: sign in again, then come back here. */
function redirectToSignIn(error: unknown): void {
  if (!isApiError(error, 401)) return;
  const { pathname, search } = router.state.location;
  if (["/signin", "/signup", "/forgot-password"].includes(pathname) || pathname.startsWith("/invite/") || pathname.startsWith("/reset-password/")) return;
  void router.navigate(`/signin?next=${encodeURIComponent(`${pathname}${search}`)}`, { replace: true });
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: redirectToSignIn }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => {
      if (!mutation.options.meta?.skipAuthRedirect) redirectToSignIn(error);
    },
  }),
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; a network blip or 5xx might.
      retry: (failures, error) => failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element.");

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {/* At the bottom: the header holds the search box, the bell and Sign out, which a toast must never cover. */}
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
