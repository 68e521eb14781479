// Wake-up for the send loop: a send started from the web thread starts right away (lib/wake.ts).
import "server-only";
import { wake, wakeEmitters } from "../worker/wake";

export const sendSignals = wakeEmitters.send;

export function wakeSendLoop(): void {
  wake("send");
}
