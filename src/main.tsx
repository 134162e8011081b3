import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

const container = document.getElementById("root");
if (!container)
  throw new Error(
    'index.html must contain <div id="root"> for PortSafe Desk to start',
  );

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
