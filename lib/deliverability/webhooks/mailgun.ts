// Mailgun webhooks: the body's signature (HMAC-SHA256 of timestamp + token under the webhook signing
// key) verified, then delivered / failed / complained events parsed to reports.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "../../server/env";
import { dateOf, reject, type Parsed, type WebhookRequest } from "./types";

const MAX_AGE_S = 24 * 3600;

const MailgunSchema = z.object({
  signature: z.object({ timestamp: z.string().regex(/^\d{1,12}$/), token: z.string().min(10).max(200), signature: z.string().regex(/^[0-9a-f]{64}$/i) }),
  "event-data": z.object({
    id: z.string().min(1).max(200),
    event: z.string().max(40),
    timestamp: z.number().optional(),
    severity: z.string().max(20).optional(),
    reason: z.string().max(60).optional(),
    recipient: z.string().max(320),
    message: z.object({ headers: z.object({ "message-id": z.string().max(998).optional() }).loose().optional() }).loose().optional(),
    "delivery-status": z.object({ code: z.number().optional(), message: z.string().max(1000).optional(), description: z.string().max(1000).optional() }).loose().optional(),
  }).loose(),
});

export function mailgunSignature(key: string, timestamp: string, token: string): string {
  return createHmac("sha256", key).update(timestamp + token).digest("hex");
}

export async function parseMailgun(req: WebhookRequest): Promise<Parsed> {
  const key = env.MAILGUN_WEBHOOK_SIGNING_KEY;
  if (!key) return reject(404, "the Mailgun webhook is not configured (MAILGUN_WEBHOOK_SIGNING_KEY)");
  let json: unknown;
  try {
    json = JSON.parse(req.body);
  } catch {
    return reject(400, "body is not JSON");
  }
  const parsed = MailgunSchema.safeParse(json);
  if (!parsed.success) return reject(400, "not a Mailgun webhook payload");
  const { signature: s, "event-data": e } = parsed.data;
  const expected = Buffer.from(mailgunSignature(key, s.timestamp, s.token));
  if (!timingSafeEqual(expected, Buffer.from(s.signature.toLowerCase()))) return reject(403, "signature does not verify");
  if (Math.abs(Date.now() / 1000 - Number(s.timestamp)) > MAX_AGE_S) return reject(403, "signature timestamp is too old");
  const headerId = e.message?.headers?.["message-id"];
  const base = { provider: "mailgun" as const, eventId: e.id, address: e.recipient, messageId: headerId ? `<${headerId.replace(/^<|>$/g, "")}>` : null, occurredAt: dateOf(e.timestamp) };
  const status = e["delivery-status"];
  const detail = [status?.code, status?.message || status?.description, e.reason].filter(Boolean).join(" ");
  if (e.event === "delivered") return { ok: true, reports: [{ ...base, type: "delivered", summary: detail || "delivered" }] };
  if (e.event === "complained") return { ok: true, reports: [{ ...base, type: "complaint", summary: "complaint" }] };
  if (e.event === "failed") {
    // temporary: Mailgun is still retrying — nothing has bounced yet.
    if (e.severity !== "permanent") return { ok: true, reports: [], note: "temporary failure: Mailgun retries" };
    // permanent after 4xx answers (gave up retrying) is a soft bounce; a 5xx or suppress-bounce is hard.
    const soft = typeof status?.code === "number" && status.code >= 400 && status.code < 500;
    return { ok: true, reports: [{ ...base, type: soft ? "bounce_soft" : "bounce_hard", summary: detail || "failed" }] };
  }
  return { ok: true, reports: [], note: `event ${e.event} not used` };
}
