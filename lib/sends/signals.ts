// In-process wake-up for the send loop (a send started from the web process starts right away).
// Kept on globalThis: Next bundles instrumentation and server actions separately, and both must
// see the same emitter.
import { EventEmitter } from "node:events";

const g = globalThis as unknown as { __woSendSignals?: EventEmitter };
export const sendSignals: EventEmitter = (g.__woSendSignals ??= new EventEmitter());

export function wakeSendLoop(): void {
  sendSignals.emit("wake");
}
