// What a send did: live progress, per-send results (clicks per link, opens, chart), the reconciliation
// list, and the "Sending" badge for the issues list. Editor-facing functions check requireEditor().
import "server-only";
import { requireEditor } from "../auth/guards";
import { db } from "../server/db";

export type SendProgress = {
  id: string;
  status: "pending" | "sending" | "paused" | "sent" | "failed" | "cancelled";
  total: number;
  submitted: number;
  failed: number;
  uncertain: number;
  remaining: number;
  /** messages per second: over the last 10 s while sending, overall once finished */
  rate: number;
  etaSeconds: number | null;
  startedAt: string | null;
  finishedAt: string | null;
  scheduledAt: string | null;
};

const RATE_WINDOW_MS = 10_000;

/** Progress of one send, without an access check (the API route and page check). */
export async function readSendProgress(emailId: string): Promise<SendProgress | null> {
  const email = await db.email.findUnique({
    where: { id: emailId },
    select: { id: true, status: true, recipientCount: true, startedAt: true, finishedAt: true, scheduledAt: true },
  });
  if (!email) return null;
  const groups = await db.emailRecipient.groupBy({ by: ["status"], where: { emailId }, _count: { _all: true } });
  const n = (s: string) => groups.find((g) => g.status === s)?._count._all ?? 0;
  const total = groups.reduce((a, g) => a + g._count._all, 0);
  const submitted = n("submitted");
  const remaining = n("pending") + n("deferred") + n("sending");
  let rate = 0;
  if (email.status === "sending") {
    const recent = await db.emailRecipient.count({ where: { emailId, status: "submitted", submittedAt: { gte: new Date(Date.now() - RATE_WINDOW_MS) } } });
    rate = recent / (RATE_WINDOW_MS / 1000);
  } else if (email.startedAt && email.finishedAt) {
    rate = submitted / Math.max(0.001, (email.finishedAt.getTime() - email.startedAt.getTime()) / 1000);
  }
  return {
    id: email.id,
    status: email.status,
    total: total || email.recipientCount,
    submitted,
    failed: n("failed"),
    uncertain: n("uncertain"),
    remaining,
    rate: Math.round(rate * 10) / 10,
    etaSeconds: email.status === "sending" && rate > 0 ? Math.ceil(remaining / rate) : null,
    startedAt: email.startedAt?.toISOString() ?? null,
    finishedAt: email.finishedAt?.toISOString() ?? null,
    scheduledAt: email.scheduledAt?.toISOString() ?? null,
  };
}

export async function getSendProgress(emailId: string): Promise<SendProgress | null> {
  await requireEditor(`/admin/sends/${emailId}`);
  return readSendProgress(emailId);
}

/** The running (or scheduled / paused) send of an issue, for the issues list's badge. */
export async function getActiveSendForIssue(issueId: string): Promise<{ id: string; status: "pending" | "sending" | "paused" } | null> {
  const e = await db.email.findFirst({
    where: { issueId, status: { in: ["pending", "sending", "paused"] } },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true },
  });
  return e ? { id: e.id, status: e.status as "pending" | "sending" | "paused" } : null;
}

export type ChartPoint = { hour: number; opens: number; clicks: number };

export type SendResults = {
  id: string;
  issue: { id: string; number: number; subject: string };
  progress: SendProgress;
  bounced: number;
  unsubscribes: number;
  opens: { human: number; machine: number; uniqueHuman: number };
  clicks: { total: number; unique: number };
  links: Array<{ url: string; clicks: number; uniqueClickers: number }>;
  chart: ChartPoint[];
  uncertain: Array<{ id: string; address: string; lastError: string | null }>;
  trackOpens: boolean;
  trackClicks: boolean;
  rates: SendRates;
};

/**
 * The rates of a send, each over `delivered`: recipients SMTP accepted and no bounce was reported for.
 * Opens count people (a human open sets openedAt); machine opens (privacy proxies, scanners) are
 * counted apart and in no rate. null while nothing has been delivered.
 */
export type SendRates = {
  delivered: number;
  openers: number;
  machineOnlyOpeners: number;
  clickers: number;
  unsubscribes: number;
  bounced: number;
  openRate: number | null;
  clickRate: number | null;
  unsubscribeRate: number | null;
  bounceRate: number | null;
};

export function computeRates(x: { submitted: number; bounced: number; openers: number; machineOnlyOpeners: number; clickers: number; unsubscribes: number }): SendRates {
  const delivered = Math.max(0, x.submitted - x.bounced);
  const rate = (n: number) => (delivered > 0 ? Math.min(1, n / delivered) : null);
  return {
    delivered,
    openers: x.openers,
    machineOnlyOpeners: x.machineOnlyOpeners,
    clickers: x.clickers,
    unsubscribes: x.unsubscribes,
    bounced: x.bounced,
    openRate: rate(x.openers),
    clickRate: rate(x.clickers),
    unsubscribeRate: rate(x.unsubscribes),
    bounceRate: x.submitted > 0 ? x.bounced / x.submitted : null,
  };
}

/** Everything the send's page shows. Editors only. */
export async function getSendResults(emailId: string): Promise<SendResults | null> {
  await requireEditor(`/admin/sends/${emailId}`);
  const email = await db.email.findUnique({
    where: { id: emailId },
    select: { id: true, newsletterId: true, startedAt: true, trackOpens: true, trackClicks: true, issue: { select: { id: true, number: true, subject: true } } },
  });
  if (!email) return null;
  const progress = (await readSendProgress(emailId))!;
  const start = email.startedAt ?? new Date();
  const end48 = new Date(start.getTime() + 48 * 3600_000);
  const nextSend = await db.email.findFirst({
    where: { newsletterId: email.newsletterId, startedAt: { gt: start } },
    orderBy: { startedAt: "asc" },
    select: { startedAt: true },
  });
  const [bounced, unsubscribes, humanOpens, machineOpens, uniqueHuman, links, opens48, clicks48, uncertain] = await Promise.all([
    db.suppression.count({ where: { emailId, reason: "hard_bounce" } }),
    db.subscribeEvent.count({
      where: {
        newsletterId: email.newsletterId,
        type: "unsubscribed",
        createdAt: { gte: start, ...(nextSend?.startedAt ? { lt: nextSend.startedAt } : {}) },
        OR: [{ emailId }, { member: { emailRecipients: { some: { emailId } } } }],
      },
    }),
    db.emailOpen.count({ where: { emailId, machine: false } }),
    db.emailOpen.count({ where: { emailId, machine: true } }),
    db.emailRecipient.count({ where: { emailId, openedAt: { not: null } } }),
    db.emailLink.findMany({ where: { emailId }, select: { id: true, url: true, _count: { select: { clicks: true } } } }),
    db.emailOpen.findMany({ where: { emailId, machine: false, createdAt: { gte: start, lt: end48 } }, select: { createdAt: true }, take: 200_000 }),
    db.emailClick.findMany({ where: { link: { emailId }, createdAt: { gte: start, lt: end48 } }, select: { createdAt: true }, take: 200_000 }),
    db.emailRecipient.findMany({ where: { emailId, status: "uncertain" }, orderBy: { address: "asc" }, take: 500, select: { id: true, address: true, lastError: true } }),
  ]);
  const uniqueByLink = await db.emailClick.groupBy({ by: ["linkId", "recipientId"], where: { link: { emailId } } });
  const uniq = new Map<string, number>();
  for (const g of uniqueByLink) uniq.set(g.linkId, (uniq.get(g.linkId) ?? 0) + 1);
  const uniqueClickers = await db.emailRecipient.count({ where: { emailId, clickedAt: { not: null } } });
  // bounces as reported on the ledger (DSNs, provider webhooks), and hard bounces at SMTP time
  const reportedBounces = await db.emailRecipient.count({ where: { emailId, status: "submitted", bounce: { not: null } } });
  const [machineOnly] = await db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(DISTINCT o."recipientId") AS "n" FROM "EmailOpen" o
    JOIN "EmailRecipient" r ON r."id" = o."recipientId" WHERE o."emailId" = ${emailId} AND o."machine" = ${true} AND r."openedAt" IS NULL`;
  const chart: ChartPoint[] = Array.from({ length: 48 }, (_, hour) => ({ hour, opens: 0, clicks: 0 }));
  const bucket = (d: Date) => Math.floor((d.getTime() - start.getTime()) / 3600_000);
  for (const o of opens48) chart[bucket(o.createdAt)]!.opens++;
  for (const c of clicks48) chart[bucket(c.createdAt)]!.clicks++;
  return {
    id: email.id,
    issue: email.issue,
    progress,
    bounced,
    unsubscribes,
    opens: { human: humanOpens, machine: machineOpens, uniqueHuman },
    clicks: { total: links.reduce((a, l) => a + l._count.clicks, 0), unique: uniqueClickers },
    links: links.map((l) => ({ url: l.url, clicks: l._count.clicks, uniqueClickers: uniq.get(l.id) ?? 0 })).sort((a, b) => b.clicks - a.clicks),
    chart,
    uncertain,
    trackOpens: email.trackOpens,
    trackClicks: email.trackClicks,
    rates: computeRates({
      submitted: progress.submitted,
      bounced: reportedBounces,
      openers: uniqueHuman,
      machineOnlyOpeners: Number(machineOnly?.n ?? 0),
      clickers: uniqueClickers,
      unsubscribes,
    }),
  };
}

/** Sends of an issue, newest first (for the issue's send page). Editors only. */
export async function listSendsOfIssue(issueId: string) {
  await requireEditor(`/admin/issues/${issueId}/send`);
  return db.email.findMany({
    where: { issueId },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, recipientCount: true, submittedCount: true, createdAt: true, scheduledAt: true },
  });
}
