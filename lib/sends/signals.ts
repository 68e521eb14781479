// In-process wake-up for the send loop (a send started from the web process starts right away).
import { EventEmitter } from "node:events";

export const sendSignals = new EventEmitter();

export function wakeSendLoop(): void {
  sendSignals.emit("wake");
}
