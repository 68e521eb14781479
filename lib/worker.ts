// Background work: the transactional outbox (and, once sends exist, the newsletter send loop).
import "server-only";
import { startOutboxWorker } from "./mail/outbox";
import { startScheduler } from "./scheduler";

const g = globalThis as unknown as { __woWorkers?: Array<() => Promise<void>> };

/** Starts the workers once per process; returns a function that stops them. */
export function startWorkers(): () => Promise<void> {
  if (!g.__woWorkers) {
    g.__woWorkers = [startOutboxWorker(), startScheduler()];
    console.log("[worker] outbox worker started");
  }
  const stops = g.__woWorkers;
  return async () => {
    await Promise.all(stops.map((s) => s()));
    g.__woWorkers = undefined;
  };
}
