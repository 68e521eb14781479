// Background work: the transactional outbox, the newsletter send loop, and the content scheduler.
import "server-only";
import { startOutboxWorker } from "../mail/outbox";
import { startScheduler } from "../content/scheduler";
import { startSendLoop } from "../sends/loop";
import { forwardWakesFromOtherThreads } from "./wake";

const g = globalThis as unknown as { __woWorkers?: Array<() => Promise<void>> };

/** Starts the workers once per process; returns a function that stops them. */
export function startWorkers(): () => Promise<void> {
  if (!g.__woWorkers) {
    const stopForwarding = forwardWakesFromOtherThreads();
    g.__woWorkers = [startOutboxWorker(), startSendLoop(), startScheduler(), async () => stopForwarding()];
    console.log("[worker] outbox worker, send loop and scheduler started");
  }
  const stops = g.__woWorkers;
  return async () => {
    await Promise.all(stops.map((s) => s()));
    g.__woWorkers = undefined;
  };
}
