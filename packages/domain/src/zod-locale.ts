import { z } from "zod";

// Validation messages reach people (API errors, seed checks, forms): German, like the rest of the UI.
z.config(z.locales.de());
