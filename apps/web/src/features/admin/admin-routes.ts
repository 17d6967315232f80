// The administration's pages as one chunk: only administrators download it.
export { AdminHome, AdminLayout } from "./admin-layout";
export { UsersPage } from "./users/users-page";
export { UserPage } from "./users/user-page";
export { AdminMeasuresPage } from "./measures/admin-measures-page";
export { MeasureEditPage } from "./measures/measure-edit-page";
export { AdminKpisPage } from "./kpis/admin-kpis-page";
export { KpiEditPage } from "./kpis/kpi-edit-page";
export { AdminFieldsPage } from "./fields/admin-fields-page";
export { AuditPage } from "./audit/audit-page";
export { CommitteeSessionsPage } from "./committee-sessions/committee-sessions-page";
export { SignInLocksPage } from "./sign-in-locks/sign-in-locks-page";
