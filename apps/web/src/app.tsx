import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createBrowserRouter, RouterProvider } from "react-router";
import { ApiError, dropFirstView, forgetFirstView } from "./api/client";
import { routes } from "./routes";

export const queryClient: QueryClient = new QueryClient({
  // A 401 on any request means the session ended (expired, or the account was deactivated):
  // asking for the session again lets the signed-in pages send the person to the sign-in page.
  queryCache: new QueryCache({
    // The page's first answers came with the HTML and are the anonymous ones (api/client.ts): a
    // signed-in person gets them again with what they may see beyond.
    onSuccess: (data, query) => {
      const signedIn = query.queryKey[0] === "session" && (data as { user?: unknown } | undefined)?.user;
      if (signedIn && dropFirstView()) void queryClient.resetQueries({ predicate: (q) => q.queryKey[0] !== "session" });
    },
    onError: (error, query) => {
      if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== "session") {
        void queryClient.invalidateQueries({ queryKey: ["session"] });
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // A 404 or a rejected parameter will not change on retry; a network hiccup might.
      retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

const router = createBrowserRouter(routes);
// Answers from the HTML belong to the page it was sent for; a later page fetches its own, fresh.
const firstPath = router.state.location.pathname;
const unsubscribe = router.subscribe((state) => {
  if (state.location.pathname === firstPath) return;
  forgetFirstView();
  unsubscribe();
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
