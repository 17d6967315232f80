import { lazy } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createBrowserRouter, Link, RouterProvider, useRouteError } from "react-router";
import { ApiError } from "./api/client";
import { Layout } from "./components/layout";
import { useDocumentTitle } from "./components/use-document-title";

// Each page is its own chunk, so the charting library is not in the first download.
const OverviewPage = lazy(() => import("./features/overview/overview-page").then((m) => ({ default: m.OverviewPage })));
const FieldPage = lazy(() => import("./features/field/field-page").then((m) => ({ default: m.FieldPage })));
const MeasuresPage = lazy(() => import("./features/measures/measures-page").then((m) => ({ default: m.MeasuresPage })));
const MeasurePage = lazy(() => import("./features/measure/measure-page").then((m) => ({ default: m.MeasurePage })));
const KpiListPage = lazy(() => import("./features/kpi/kpi-list-page").then((m) => ({ default: m.KpiListPage })));
const KpiPage = lazy(() => import("./features/kpi/kpi-page").then((m) => ({ default: m.KpiPage })));
const AccessibilityPage = lazy(() =>
  import("./features/static-pages/accessibility-page").then((m) => ({ default: m.AccessibilityPage })),
);
const ImprintPage = lazy(() => import("./features/static-pages/imprint-page").then((m) => ({ default: m.ImprintPage })));
const PrivacyPage = lazy(() => import("./features/static-pages/privacy-page").then((m) => ({ default: m.PrivacyPage })));
const NotFoundPage = lazy(() => import("./features/static-pages/not-found-page").then((m) => ({ default: m.NotFoundPage })));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // A 404 or a rejected parameter will not change on retry; a network hiccup might.
      retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <AppCrash />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: "handlungsfelder/:code", element: <FieldPage /> },
      { path: "massnahmen", element: <MeasuresPage /> },
      { path: "massnahmen/:code", element: <MeasurePage /> },
      { path: "kennzahlen", element: <KpiListPage /> },
      { path: "kennzahlen/:id", element: <KpiPage /> },
      { path: "barrierefreiheit", element: <AccessibilityPage /> },
      { path: "impressum", element: <ImprintPage /> },
      { path: "datenschutz", element: <PrivacyPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}

/** Last line of defence: a German message instead of the router's English default. */
function AppCrash() {
  const error = useRouteError();
  useDocumentTitle("Fehler");
  console.error(error);
  return (
    <main id="main" className="container">
      <h1>Es ist ein Fehler aufgetreten</h1>
      <p>Die Seite konnte nicht angezeigt werden. Bitte laden Sie die Seite neu oder versuchen Sie es später erneut.</p>
      <p>
        <Link to="/" reloadDocument>
          Zur Übersicht
        </Link>
      </p>
    </main>
  );
}
