// The send loop: on the shared poll loop, start due scheduled sends, claim a batch, send it with at
// most `connections` messages in flight, record each answer as it comes. Read lib/sends/README.md first.
import "server-only";
import { db } from "../server/db";
import { env } from "../server/env";
import { getMessenger } from "../mail/messenger";
import { startPollLoop } from "../worker/poll-loop";
import { claimSendBatch, keepLease, newWorkerId, type ClaimedBatch } from "./claim";
import { startDueScheduledSends } from "./create-send";
import { deliver, type Outcome } from "./deliver";
import { dueRecipients, finalizeIdleSends, finalizeSendIfDone, markSending, outcomeWrites, releaseBatch, stillSending } from "./ledger";
import { prepareSend } from "./prepare";
import { sendSignals } from "./signals";

export type BatchResult = { sent: number; deferred: number; failed: number; uncertain: number; stopped: boolean };

/** Sends one claimed batch. Stops early (releasing the batch) if the send is paused or cancelled. */
export async function processBatch(batch: ClaimedBatch, workerId: string, connections = env.SMTP_POOL_CONNECTIONS): Promise<BatchResult> {
  const result: BatchResult = { sent: 0, deferred: 0, failed: 0, uncertain: 0, stopped: false };
  const p = await prepareSend(batch.emailId);
  const messenger = getMessenger();
  const queue = await dueRecipients(batch.id);
  const stopLease = keepLease(batch, workerId);
  let qi = 0;
  let inflight = 0;
  const answered: Outcome[] = [];
  let signal: (() => void) | null = null;
  // Answers are recorded a few at a time (one commit for several recipients), never more than a third
  // of the window late, so the in-flight window stays mostly full. The marking statement checks the claim.
  const minGroup = Math.max(1, Math.floor(connections / 3));
  const onAnswer = (o: Outcome) => {
    inflight--;
    answered.push(o);
    result[o.kind === "submitted" ? "sent" : o.kind]++;
    signal?.();
  };
  try {
    for (;;) {
      const canMark = !result.stopped && qi < queue.length && inflight < connections;
      const tick = answered.length >= minGroup || (inflight === 0 && (canMark || answered.length > 0));
      if (!tick) {
        if (inflight === 0) break;
        await new Promise<void>((resolve) => (signal = resolve));
        signal = null;
        continue;
      }
      const now = new Date();
      const next = canMark ? queue.slice(qi, qi + (connections - inflight)) : [];
      const ops = outcomeWrites(answered.splice(0), batch.emailId, now);
      if (next.length) ops.push(markSending(next.map((r) => r.id), batch, workerId));
      const res = ops.length ? await db.$transaction(ops) : [];
      if (!next.length) continue;
      qi += next.length;
      const marked = res[res.length - 1] as number;
      let toSend = next;
      if (marked !== next.length) {
        if (marked === 0) {
          result.stopped = true;
          continue;
        }
        const ok = await stillSending(next.map((r) => r.id));
        toSend = next.filter((r) => ok.has(r.id));
      }
      inflight += toSend.length;
      for (const r of toSend) void deliver(r, p, messenger).then(onAnswer);
    }
  } finally {
    stopLease();
  }
  await releaseBatch(batch, workerId, result.stopped);
  await finalizeSendIfDone(batch.emailId);
  return result;
}

/** Runs until stopped: starts due scheduled sends, claims and sends batches, finalizes finished sends. */
export function startSendLoop({ pollMs = 1000, workerId = newWorkerId() }: { pollMs?: number; workerId?: string } = {}): () => Promise<void> {
  return startPollLoop({
    name: "send",
    pollMs,
    wake: sendSignals,
    tick: async () => {
      await startDueScheduledSends();
      const batch = await claimSendBatch(workerId);
      if (!batch) {
        await finalizeIdleSends();
        return false;
      }
      await processBatch(batch, workerId);
      return true;
    },
  });
}
