/**
 * The yardstick for /api/health: Hono's hello world on @hono/node-server and nothing else, started
 * by the bench as its own process (PORT from the environment) so both servers run the same way.
 */
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono().get("/", (c) => c.text("ok"));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: "127.0.0.1" });
