import { lazy } from "react";
import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
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
const SignInPage = lazy(() => import("./features/session/sign-in-page").then((m) => ({ default: m.SignInPage })));
const MyMeasuresPage = lazy(() => import("./features/my-measures/my-measures-page").then((m) => ({ default: m.MyMeasuresPage })));
const UpdatePage = lazy(() => import("./features/update/update-page").then((m) => ({ default: m.UpdatePage })));
const ReportPage = lazy(() => import("./features/report/report-page").then((m) => ({ default: m.ReportPage })));
const ChangesPage = lazy(() => import("./features/changes/changes-page").then((m) => ({ default: m.ChangesPage })));
const adminRoutes = () => import("./features/admin/admin-routes");
const AdminLayout = lazy(() => adminRoutes().then((m) => ({ default: m.AdminLayout })));
const AdminHome = lazy(() => adminRoutes().then((m) => ({ default: m.AdminHome })));
const UsersPage = lazy(() => adminRoutes().then((m) => ({ default: m.UsersPage })));
const UserPage = lazy(() => adminRoutes().then((m) => ({ default: m.UserPage })));
const AdminMeasuresPage = lazy(() => adminRoutes().then((m) => ({ default: m.AdminMeasuresPage })));
const MeasureEditPage = lazy(() => adminRoutes().then((m) => ({ default: m.MeasureEditPage })));
const AdminKpisPage = lazy(() => adminRoutes().then((m) => ({ default: m.AdminKpisPage })));
const KpiEditPage = lazy(() => adminRoutes().then((m) => ({ default: m.KpiEditPage })));
const AdminFieldsPage = lazy(() => adminRoutes().then((m) => ({ default: m.AdminFieldsPage })));
const AuditPage = lazy(() => adminRoutes().then((m) => ({ default: m.AuditPage })));
const CommitteeSessionsPage = lazy(() => adminRoutes().then((m) => ({ default: m.CommitteeSessionsPage })));
const NotFoundPage = lazy(() => import("./features/static-pages/not-found-page").then((m) => ({ default: m.NotFoundPage })));

const queryClient: QueryClient = new QueryClient({
  // A 401 on any request means the session ended (expired, or the account was deactivated):
  // asking for the session again lets the signed-in pages send the person to the sign-in page.
  queryCache: new QueryCache({
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

const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <AppCrash />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: "handlungsfelder/:code", element: <FieldPage /> },
      { path: "massnahmen", element: <MeasuresPage /> },
      { path: "massnahmen/:code", element: <MeasurePage /> },
      { path: "massnahmen/:code/aktualisieren", element: <UpdatePage /> },
      { path: "anmelden", element: <SignInPage /> },
      { path: "meine-massnahmen", element: <MyMeasuresPage /> },
      {
        path: "verwaltung",
        element: <AdminLayout />,
        children: [
          { index: true, element: <AdminHome /> },
          { path: "benutzer", element: <UsersPage /> },
          { path: "benutzer/:id", element: <UserPage /> },
          { path: "massnahmen", element: <AdminMeasuresPage /> },
          { path: "massnahmen/neu", element: <MeasureEditPage /> },
          { path: "massnahmen/:code", element: <MeasureEditPage /> },
          { path: "kennzahlen", element: <AdminKpisPage /> },
          { path: "kennzahlen/neu", element: <KpiEditPage /> },
          { path: "kennzahlen/:id", element: <KpiEditPage /> },
          { path: "handlungsfelder", element: <AdminFieldsPage /> },
          { path: "sitzungen", element: <CommitteeSessionsPage /> },
          { path: "protokoll", element: <AuditPage /> },
        ],
      },
      { path: "kennzahlen", element: <KpiListPage /> },
      { path: "kennzahlen/:id", element: <KpiPage /> },
      { path: "bericht", element: <ReportPage /> },
      { path: "aenderungen", element: <ChangesPage /> },
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
