// `npm run demo`: starts the demo (scripts/demo-app.ts) in a process group of its own and stops it
// on Ctrl-C. A terminal sends Ctrl-C's SIGINT to every process of its foreground group: in one
// group, the database would shut down at the same moment as the app and the background jobs still
// using it (a screen of pg-boss errors). Here only this launcher gets it, and asks the demo to stop,
// which stops the app and the jobs before the database.
import { spawn } from "node:child_process";
import path from "node:path";
import { STOP_MESSAGE } from "./lib/demo-stop";

const demo = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    "--import",
    path.resolve("scripts/lib/allow-server-only.mjs"),
    path.resolve("scripts/demo-app.ts"),
  ],
  {
    detached: true,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  },
);

let stopRequested = false;
function requestStop() {
  if (stopRequested || !demo.connected) return;
  stopRequested = true;
  demo.send(STOP_MESSAGE);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, requestStop);
demo.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
