/**
 * What the web app's pages may import: the zod-free part of the domain (vocabulary, dates, maths,
 * formatting, search, page list) and every type. The zod schemas behind the types are erased at
 * build; the few runtime checks the web needs live in lazily loaded forms, which import
 * "@sm/domain" itself, and in the error body check, which loads @sm/domain/error-schema on demand.
 */
export * from "./vocabulary";
export * from "./dates";
export * from "./progress";
export * from "./format";
export * from "./roles";
export * from "./projection";
export * from "./search";
export * from "./page-routes";
export type * from "./seed-schemas";
export type * from "./api-schemas";
export type * from "./auth-schemas";
export type * from "./write-schemas";
export type * from "./admin-schemas";
export type * from "./changes-schemas";
export type * from "./timeline-schemas";
export type * from "./enum-schemas";
export type * from "./error-schema";
