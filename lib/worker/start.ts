// Background work: the transactional outbox, the newsletter send loop, and the content scheduler.
import "server-only";
import { startOutboxWorker } from "../mail/outbox";
import { startScheduler } from "../content/scheduler";
import { startSendLoop } from "../sends/loop";
import { forwardWakesFromOtherThreads } from "./wake";
import { env } from "../server/env";
import { startInboundSmtp } from "../deliverability/inbound-smtp";

/** The inbound SMTP listener for bounces and mailto: unsubscribes, when BOUNCE_SMTP_PORT is set. */
function startBounceListener(): () => Promise<void> {
  if (env.BOUNCE_SMTP_PORT === undefined) return async () => {};
  const listening = startInboundSmtp({ port: env.BOUNCE_SMTP_PORT, host: env.BOUNCE_SMTP_HOST }).catch((e: Error) => {
    // e.g. a second worker process on the same machine: one listener is enough
    console.error(`[bounce-smtp] not started: ${e.message}`);
    return null;
  });
  return async () => {
    await (await listening)?.close();
  };
}

const g = globalThis as unknown as { __woWorkers?: Array<() => Promise<void>> };

/** Starts the workers once per process; returns a function that stops them. */
export function startWorkers(): () => Promise<void> {
  if (!g.__woWorkers) {
    const stopForwarding = forwardWakesFromOtherThreads();
    g.__woWorkers = [startOutboxWorker(), startSendLoop(), startScheduler(), startBounceListener(), async () => stopForwarding()];
    console.log("[worker] outbox worker, send loop and scheduler started");
  }
  const stops = g.__woWorkers;
  return async () => {
    await Promise.all(stops.map((s) => s()));
    g.__woWorkers = undefined;
  };
}
