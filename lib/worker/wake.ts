// Wake-ups for the background loops, across Next's bundles and across threads: the web thread
// queues work (a signup, a send) and the worker thread should start on it at once, not at its next poll.
import "server-only";
import { EventEmitter } from "node:events";
import { BroadcastChannel } from "node:worker_threads";

export type WakeKind = "outbox" | "send";
const CHANNEL = "weekly-outlook:wake";

// On globalThis: Next bundles instrumentation and server actions separately; both must share these.
const g = globalThis as unknown as { __woWake?: Record<WakeKind, EventEmitter>; __woWakeChannel?: BroadcastChannel };
export const wakeEmitters: Record<WakeKind, EventEmitter> = (g.__woWake ??= { outbox: new EventEmitter(), send: new EventEmitter() });

/** Wakes the loop of this kind in this thread and in every other thread of the process. */
export function wake(kind: WakeKind): void {
  wakeEmitters[kind].emit("wake");
  if (!g.__woWakeChannel) {
    g.__woWakeChannel = new BroadcastChannel(CHANNEL);
    g.__woWakeChannel.unref();
  }
  g.__woWakeChannel.postMessage(kind);
}

/** In the worker thread: turn wake-ups posted by other threads into local ones. */
export function forwardWakesFromOtherThreads(): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event) => {
    const kind: unknown = (event as { data?: unknown }).data;
    if (kind === "outbox" || kind === "send") wakeEmitters[kind].emit("wake");
  };
  channel.unref();
  return () => channel.close();
}
