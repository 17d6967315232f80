import { z } from "zod";

/**
 * The body of every API answer that is not 2xx. A module of its own (exported as
 * @sm/domain/error-schema) so the web app can load it, and zod with it, on the first failed
 * answer instead of with its first view (api/client.ts).
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
    param: z.string().optional(),
    /** every invalid body field with a German message, for showing next to the form fields */
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
