// The subscription state machine's writes for every path outside the public subscribe flow (account,
// admin, import, deletion): each change of a Subscription row records its SubscribeEvent in the same
// transaction. This folder is the only writer of Subscription and SubscribeEvent
// (tests/unit/ownership.test.ts keeps it so).
import "server-only";
import type { Tx } from "../server/db";
import { bulkInsert, newId } from "../server/bulk-insert";

type Source = "form" | "admin" | "import" | "complaint" | "mailto";

/** A signed-in person subscribes (active at once: their address is verified) or unsubscribes. */
export async function setOwnSubscriptionTx(tx: Tx, memberId: string, newsletterId: string, subscribed: boolean): Promise<void> {
  const current = await tx.subscription.findUnique({ where: { memberId_newsletterId: { memberId, newsletterId } }, select: { status: true } });
  const now = new Date();
  if (subscribed) {
    if (current?.status === "active") return;
    await tx.subscription.upsert({
      where: { memberId_newsletterId: { memberId, newsletterId } },
      create: { memberId, newsletterId, status: "active", source: "form", confirmedAt: now },
      update: { status: "active", confirmedAt: now, unsubscribedAt: null },
    });
    await tx.subscribeEvent.create({
      data: { memberId, newsletterId, type: current ? "resubscribed" : "confirmed", fromStatus: current?.status ?? null, toStatus: "active", source: "form", actorId: memberId },
    });
  } else {
    if (!current || current.status === "unsubscribed") return;
    await tx.subscription.update({ where: { memberId_newsletterId: { memberId, newsletterId } }, data: { status: "unsubscribed", unsubscribedAt: now } });
    await tx.subscribeEvent.create({
      data: { memberId, newsletterId, type: "unsubscribed", fromStatus: current.status, toStatus: "unsubscribed", source: "form", actorId: memberId },
    });
  }
}

/** Unsubscribes a member from every newsletter they are active or pending on; returns how many. */
export async function unsubscribeAllTx(tx: Tx, memberId: string, source: Source, actorId: string | null, emailId: string | null = null): Promise<number> {
  const subs = await tx.subscription.findMany({ where: { memberId, status: { in: ["active", "pending"] } }, select: { id: true, status: true, newsletterId: true } });
  const now = new Date();
  for (const s of subs) {
    await tx.subscription.update({ where: { id: s.id }, data: { status: "unsubscribed", unsubscribedAt: now } });
    await tx.subscribeEvent.create({
      data: { memberId, newsletterId: s.newsletterId, type: "unsubscribed", fromStatus: s.status, toStatus: "unsubscribed", source, actorId, emailId },
    });
  }
  return subs.length;
}

/** An editor adds a member by hand, subscribed (consent recorded elsewhere) or pending a confirmation. */
export async function addByEditorTx(tx: Tx, memberId: string, newsletterId: string, status: "active" | "pending", actorId: string): Promise<void> {
  await tx.subscription.create({ data: { memberId, newsletterId, status, source: "admin", confirmedAt: status === "active" ? new Date() : null } });
  await tx.subscribeEvent.create({ data: { memberId, newsletterId, type: "added_by_editor", toStatus: status, source: "admin", actorId } });
}

/** CSV import, one chunk: new subscriptions by multi-row INSERT, pending ones upgraded when consent is recorded. */
export async function importSubscriptionsTx(
  tx: Tx,
  o: { newsletterId: string; create: string[]; upgrade: { id: string; memberId: string }[]; target: "active" | "pending"; actorId: string | null; now: Date },
): Promise<void> {
  const { newsletterId, target, now } = o;
  if (o.create.length) {
    await bulkInsert(
      tx,
      "Subscription",
      [{ name: "id" }, { name: "memberId" }, { name: "newsletterId" }, { name: "status", pgType: '"SubscriptionStatus"' }, { name: "source", pgType: '"SubscriptionSource"' }, { name: "confirmedAt", pgType: "timestamp(3)" }, { name: "createdAt", pgType: "timestamp(3)" }, { name: "updatedAt", pgType: "timestamp(3)" }],
      o.create.map((memberId) => [newId(), memberId, newsletterId, target, "import", target === "active" ? now : null, now, now]),
    );
    await bulkInsert(
      tx,
      "SubscribeEvent",
      [{ name: "id" }, { name: "memberId" }, { name: "newsletterId" }, { name: "type", pgType: '"SubscribeEventType"' }, { name: "toStatus", pgType: '"SubscriptionStatus"' }, { name: "source", pgType: '"SubscriptionSource"' }, { name: "actorId" }, { name: "createdAt", pgType: "timestamp(3)" }],
      o.create.map((memberId) => [newId(), memberId, newsletterId, "imported", target, "import", o.actorId, now]),
    );
  }
  if (o.upgrade.length) {
    await tx.subscription.updateMany({ where: { id: { in: o.upgrade.map((s) => s.id) } }, data: { status: "active", confirmedAt: now, source: "import" } });
    await tx.subscribeEvent.createMany({
      data: o.upgrade.map((s) => ({ memberId: s.memberId, newsletterId, type: "imported" as const, fromStatus: "pending" as const, toStatus: "active" as const, source: "import" as const, actorId: o.actorId })),
    });
  }
}

/**
 * Before a member is deleted: each live subscription ends with an "unsubscribed" event, and the member's
 * events lose their member and actor (what stays is anonymous, for growth counts).
 */
export async function endForDeletionTx(tx: Tx, memberId: string, subs: { newsletterId: string; status: string }[], source: "account" | "admin"): Promise<void> {
  for (const s of subs) {
    if (s.status === "unsubscribed") continue;
    await tx.subscribeEvent.create({
      data: { memberId, newsletterId: s.newsletterId, type: "unsubscribed", fromStatus: s.status as "active" | "pending", toStatus: "unsubscribed", source },
    });
  }
}

export async function anonymizeEventsTx(tx: Tx, memberId: string): Promise<void> {
  await tx.subscribeEvent.updateMany({ where: { memberId }, data: { memberId: null, actorId: null } });
}
