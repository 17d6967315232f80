import { lazy, type ComponentType, type ReactElement } from "react";
import { Link, useRouteError, type RouteObject } from "react-router";
import { matchPagePath, PAGE_ROUTES, type PageName } from "@sm/domain/web";
import { Layout } from "./components/layout";
import { useDocumentTitle } from "./components/use-document-title";

/**
 * A lazily loaded page that can be loaded ahead: once its chunk is there it renders at once, where
 * React.lazy would still suspend for a moment and show the loading line first. main.tsx loads the
 * first page's chunk before the first render, so the page appears in one piece.
 */
function preloadable(load: () => Promise<ComponentType>) {
  let loaded: ComponentType | undefined;
  const ahead = () => load().then((component) => (loaded = component));
  const Lazy = lazy(() => ahead().then((component) => ({ default: component })));
  function Page() {
    const Component = loaded;
    return Component ? <Component /> : <Lazy />;
  }
  return Object.assign(Page, { preload: ahead });
}

// Each page is its own chunk, so the charting library is not in the first download.
const OverviewPage = preloadable(() => import("./features/overview/overview-page").then((m) => m.OverviewPage));
const FieldPage = preloadable(() => import("./features/field/field-page").then((m) => m.FieldPage));
const MeasuresPage = preloadable(() => import("./features/measures/measures-page").then((m) => m.MeasuresPage));
const MeasurePage = preloadable(() => import("./features/measure/measure-page").then((m) => m.MeasurePage));
const KpiListPage = preloadable(() => import("./features/kpi/kpi-list-page").then((m) => m.KpiListPage));
const KpiPage = preloadable(() => import("./features/kpi/kpi-page").then((m) => m.KpiPage));

/** The public pages whose chunk the server preloads with the HTML (apps/api/src/first-view.ts). */
const PRELOADABLE: Partial<Record<PageName, { preload: () => Promise<unknown> }>> = {
  overview: OverviewPage,
  field: FieldPage,
  measures: MeasuresPage,
  measure: MeasurePage,
  kpis: KpiListPage,
  kpi: KpiPage,
};

/** Loads the chunk of the page at `pathname`, when it is one of the public pages; a failure is left to the page. */
export function preloadPage(pathname: string): Promise<unknown> {
  const name = matchPagePath(pathname)?.name;
  const page = name ? PRELOADABLE[name] : undefined;
  return page ? page.preload().catch(() => undefined) : Promise.resolve();
}
const AccessibilityPage = lazy(() =>
  import("./features/static-pages/accessibility-page").then((m) => ({ default: m.AccessibilityPage })),
);
const ImprintPage = lazy(() => import("./features/static-pages/imprint-page").then((m) => ({ default: m.ImprintPage })));
const PrivacyPage = lazy(() => import("./features/static-pages/privacy-page").then((m) => ({ default: m.PrivacyPage })));
const SignInPage = lazy(() => import("./features/session/sign-in-page").then((m) => ({ default: m.SignInPage })));
const AccountPage = lazy(() => import("./features/account/account-page").then((m) => ({ default: m.AccountPage })));
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
const SignInLocksPage = lazy(() => adminRoutes().then((m) => ({ default: m.SignInLocksPage })));
const NotFoundPage = lazy(() => import("./features/static-pages/not-found-page").then((m) => ({ default: m.NotFoundPage })));
const MethodologyPage = lazy(() => import("./features/methodology/methodology-page").then((m) => ({ default: m.MethodologyPage })));

/**
 * The element of every page in the shared list (packages/domain/src/page-routes.ts), which the
 * server also uses to answer 404 for anything else: a page missing here does not compile, and
 * routes.test.ts checks that the tree holds no other route. Administrators' pages share their layout.
 */
const PAGES: Record<PageName, { element: ReactElement; admin?: true }> = {
  overview: { element: <OverviewPage /> },
  field: { element: <FieldPage /> },
  measures: { element: <MeasuresPage /> },
  measure: { element: <MeasurePage /> },
  measureUpdate: { element: <UpdatePage /> },
  kpis: { element: <KpiListPage /> },
  kpi: { element: <KpiPage /> },
  changes: { element: <ChangesPage /> },
  report: { element: <ReportPage /> },
  methodology: { element: <MethodologyPage /> },
  signIn: { element: <SignInPage /> },
  myMeasures: { element: <MyMeasuresPage /> },
  account: { element: <AccountPage /> },
  admin: { element: <AdminHome />, admin: true },
  adminUsers: { element: <UsersPage />, admin: true },
  adminUser: { element: <UserPage />, admin: true },
  adminMeasures: { element: <AdminMeasuresPage />, admin: true },
  adminMeasureNew: { element: <MeasureEditPage />, admin: true },
  adminMeasure: { element: <MeasureEditPage />, admin: true },
  adminKpis: { element: <AdminKpisPage />, admin: true },
  adminKpiNew: { element: <KpiEditPage />, admin: true },
  adminKpi: { element: <KpiEditPage />, admin: true },
  adminFields: { element: <AdminFieldsPage />, admin: true },
  adminSessions: { element: <CommitteeSessionsPage />, admin: true },
  adminSignInLocks: { element: <SignInLocksPage />, admin: true },
  adminAudit: { element: <AuditPage />, admin: true },
  accessibility: { element: <AccessibilityPage /> },
  imprint: { element: <ImprintPage /> },
  privacy: { element: <PrivacyPage /> },
};

const NAMES = Object.keys(PAGE_ROUTES) as PageName[];
const route = (name: PageName): RouteObject => ({ path: PAGE_ROUTES[name].path, element: PAGES[name].element });

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <AppCrash />,
    children: [
      ...NAMES.filter((name) => !PAGES[name].admin).map(route),
      { element: <AdminLayout />, children: NAMES.filter((name) => PAGES[name].admin).map(route) },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

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
