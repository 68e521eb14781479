// `npm run worker`: the background workers as their own process (run web with WORKER_IN_PROCESS=false).
import { startWorkers } from "../lib/worker/start";
import { assertDatabaseMigrated } from "../lib/server/boot";

await assertDatabaseMigrated();
const stop = startWorkers();
console.log("[worker] running; Ctrl-C to stop");
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    void stop().then(() => process.exit(0));
  });
}
