// The shape of every background worker: run a tick; run again at once while there was work, else
// sleep until woken or `pollMs` passes. Errors are logged and the loop goes on.
import "server-only";
import type { EventEmitter } from "node:events";

export function startPollLoop({
  name,
  pollMs,
  wake,
  tick,
}: {
  name: string;
  pollMs: number;
  /** An emitter whose "wake" event cuts the sleep short (e.g. after a commit that queued work). */
  wake?: EventEmitter;
  /** Does one round of work; returns true when there may be more waiting. */
  tick: () => Promise<boolean>;
}): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let resolveSleep: (() => void) | undefined;
  const onWake = () => resolveSleep?.();
  wake?.on("wake", onWake);
  const loop = (async () => {
    while (!stopped) {
      let busy = false;
      try {
        busy = await tick();
      } catch (e) {
        console.error(`[${name}] ${(e as Error).message}`);
      }
      if (busy || stopped) continue;
      await new Promise<void>((resolve) => {
        resolveSleep = resolve;
        timer = setTimeout(resolve, pollMs);
      });
      clearTimeout(timer);
    }
  })();
  return async () => {
    stopped = true;
    wake?.off("wake", onWake);
    resolveSleep?.();
    await loop;
  };
}
