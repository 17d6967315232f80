import * as z from "zod/mini";

/**
 * The body of every API answer that is not 2xx. Written with zod/mini, which bundles only what a
 * schema uses: the web app checks error bodies on its first view (api/client.ts), and the full zod
 * would more than double that download.
 */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum([
      "bad_request",
      "unauthorized",
      "forbidden",
      "not_found",
      "conflict",
      "payload_too_large",
      "unsupported_media_type",
      "too_many_requests",
      "internal",
    ]),
    message: z.string(),
    /** the query or path parameter (or body field) that was wrong, when there is one */
    param: z.optional(z.string()),
    /** every invalid body field with a German message, for showing next to the form fields */
    fields: z.optional(z.record(z.string(), z.string())),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
