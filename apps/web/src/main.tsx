import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { loadFirstView } from "./api/first-view";
import { App, queryClient } from "./app";
import { preloadPage } from "./routes";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("Element #root fehlt in index.html");
// The page's data came with the HTML and its chunk was preloaded: with both in place before the first
// render, the page shows in one piece rather than a loading line first and then the page.
await Promise.all([loadFirstView(queryClient, location), preloadPage(location.pathname)]);
// As a transition the first render yields to the browser every few milliseconds instead of holding
// the main thread until the whole page is built (Total Blocking Time on slow phones).
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
