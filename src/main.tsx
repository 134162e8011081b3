import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import createCache from "@emotion/cache";
import { CacheProvider } from "@emotion/react";
import { App } from "./App";

/**
 * The server's Content-Security-Policy allows only styles carrying this page's nonce, so MUI's
 * emotion cache stamps it on every <style> it inserts. Without a server (vite dev, mock mode)
 * the placeholder stays and no CSP applies.
 */
const nonce = document.querySelector<HTMLMetaElement>(
  'meta[name="csp-nonce"]',
)?.content;
const emotionCache = createCache({
  key: "css",
  nonce: nonce && nonce !== "__CSP_NONCE__" ? nonce : undefined,
});

const container = document.getElementById("root");
if (!container)
  throw new Error(
    'index.html must contain <div id="root"> for PortSafe Desk to start',
  );

createRoot(container).render(
  <StrictMode>
    <CacheProvider value={emotionCache}>
      <App />
    </CacheProvider>
  </StrictMode>,
);
