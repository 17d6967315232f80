import "./zod-locale";
export * from "./vocabulary";
export * from "./dates";
export * from "./progress";
export * from "./format";
export * from "./seed-schemas";
export * from "./api-schemas";
