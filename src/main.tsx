import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { registerServiceWorker } from "./app/offline/service-worker";
import "./app/styles/index.css";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Offline use (sw.js exists in production builds only; never in the dev server or the unit tests).
if (import.meta.env.PROD) registerServiceWorker();
