// Drives the send worker in-process until a send is finished (tests only).
import type { Db } from "../../lib/server/db";

type Worker = Awaited<ReturnType<typeof loadSendWorker>>;

/** The send pipeline's steps the tests drive (imported late: test files set their env first). */
export async function loadSendWorker() {
  const [{ claimSendBatch }, { processBatch }, { finalizeSendIfDone }] = await Promise.all([
    import("../../lib/sends/claim"),
    import("../../lib/sends/loop"),
    import("../../lib/sends/ledger"),
  ]);
  return { claimSendBatch, processBatch, finalizeSendIfDone };
}

export async function runSendUntilDone(db: Db, w: Worker, emailId: string, { timeoutMs = 60_000, workerId = "test-worker" } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const batch = await w.claimSendBatch(workerId);
    if (batch) {
      await w.processBatch(batch, workerId);
      continue;
    }
    if (await w.finalizeSendIfDone(emailId)) return;
    const e = await db.email.findUniqueOrThrow({ where: { id: emailId }, select: { status: true } });
    if (e.status !== "sending") return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`send ${emailId} did not finish within ${timeoutMs} ms`);
}
