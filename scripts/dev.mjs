// `npm run dev`: the API server (restarting on change) and Vite's dev server with hot reload,
// which proxies /api to the API. Open http://127.0.0.1:5173.
import { spawn } from "node:child_process";

const children = [
  spawn(process.execPath, ["--import", "tsx", "--watch", "server/main.ts"], {
    stdio: "inherit",
  }),
  spawn("npx", ["vite"], { stdio: "inherit" }),
];
const stopAll = (signal) => children.forEach((child) => child.kill(signal));
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => stopAll(signal));
children.forEach((child) =>
  child.on("exit", (code) => {
    stopAll("SIGTERM");
    process.exitCode = code ?? 0;
  }),
);
