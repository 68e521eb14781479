// Honest results per send: delivered (where the provider reports it), bounced hard/soft, complained,
// with their rates and the warnings Gmail's and Yahoo's bulk-sender rules call for. Read-only.
import "server-only";
import { requireEditor } from "../auth/guards";
import { db } from "../server/db";

/** Above these a send gets a warning (Gmail/Yahoo: keep complaints under 0.3%, aim under 0.1%). */
export const COMPLAINT_RATE_WARN = 0.001;
export const BOUNCE_RATE_WARN = 0.02;

export type SendHealth = {
  /** messages handed to the provider (accepted or refused): the denominator of the rates */
  attempted: number;
  delivered: number;
  bouncedHard: number;
  bouncedSoft: number;
  complained: number;
  bounceRate: number;
  complaintRate: number;
  warnings: string[];
};

const pct = (x: number) => `${(x * 100).toFixed(x < 0.01 ? 2 : 1)}%`;

/** The health of one send, without an access check (callers check). */
export async function readSendHealth(emailId: string): Promise<SendHealth> {
  const where = { emailId };
  const [attempted, delivered, bouncedHard, bouncedSoft, complained] = await Promise.all([
    db.emailRecipient.count({ where: { ...where, status: { in: ["submitted", "failed"] } } }),
    db.emailRecipient.count({ where: { ...where, deliveredAt: { not: null } } }),
    db.emailRecipient.count({ where: { ...where, bounce: "hard" } }),
    db.emailRecipient.count({ where: { ...where, bounce: "soft" } }),
    db.emailRecipient.count({ where: { ...where, complainedAt: { not: null } } }),
  ]);
  const bounceRate = attempted ? (bouncedHard + bouncedSoft) / attempted : 0;
  const complaintRate = attempted ? complained / attempted : 0;
  const warnings: string[] = [];
  if (complaintRate > COMPLAINT_RATE_WARN) {
    warnings.push(`Complaint rate ${pct(complaintRate)} is above 0.1%: Gmail and Yahoo start filtering bulk mail at 0.3%. Check how these people subscribed and whether the unsubscribe link is easy to find.`);
  }
  if (bounceRate > BOUNCE_RATE_WARN) {
    warnings.push(`Bounce rate ${pct(bounceRate)} is above 2%: the list has dead addresses. Bounced addresses are suppressed; check where the rest came from (an old import?).`);
  }
  return { attempted, delivered, bouncedHard, bouncedSoft, complained, bounceRate, complaintRate, warnings };
}

export async function getSendHealth(emailId: string): Promise<SendHealth> {
  await requireEditor(`/admin/sends/${emailId}`);
  return readSendHealth(emailId);
}

export type SendWarning = { emailId: string; subject: string; warnings: string[] };

/** Sends of the last 30 days whose bounce or complaint rate is over the line, for the dashboard. */
export async function listRecentSendWarnings(now = new Date()): Promise<SendWarning[]> {
  await requireEditor("/admin");
  const sends = await db.email.findMany({
    where: { startedAt: { gte: new Date(now.getTime() - 30 * 86_400_000) }, status: { in: ["sending", "paused", "sent", "cancelled"] } },
    orderBy: { startedAt: "desc" },
    take: 10,
    select: { id: true, subject: true },
  });
  const out: SendWarning[] = [];
  for (const s of sends) {
    const h = await readSendHealth(s.id);
    if (h.warnings.length) out.push({ emailId: s.id, subject: s.subject, warnings: h.warnings });
  }
  return out;
}
