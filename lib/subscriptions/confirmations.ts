// Confirmation emails for subscribers an editor added or imported without recorded consent: each goes
// through the subscribe flow (pending subscription, single-use token, outbox mail), source "import".
import "server-only";
import { requireEditor } from "../auth/guards";
import { db } from "../server/db";
import { subscribe } from "./state";

export async function queueImportConfirmations(memberIds: string[]): Promise<number> {
  await requireEditor();
  let queued = 0;
  for (let i = 0; i < memberIds.length; i += 500) {
    const members = await db.member.findMany({ where: { id: { in: memberIds.slice(i, i + 500) } }, select: { email: true } });
    for (const m of members) if ((await subscribe({ email: m.email, source: "import" })).queued) queued++;
  }
  return queued;
}
