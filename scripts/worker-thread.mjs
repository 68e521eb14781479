// The in-process worker (WORKER_IN_PROCESS=true, the default): lib/boot.ts starts this file on a
// worker thread of the web process, so rendering and SMTP never block page requests. It runs the
// same TypeScript as `npm run worker`, through tsx.
import { register } from "tsx/esm/api";
import "./allow-server-only.mjs";

register();
const { startWorkers } = await import("../lib/worker/start.ts");
startWorkers();
