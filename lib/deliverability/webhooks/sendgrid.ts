// SendGrid's signed event webhook: ECDSA (P-256, SHA-256) over timestamp + raw body, verified with the
// account's verification key; then delivered / bounce / spamreport events (a JSON array) parsed.
import "server-only";
import { createPublicKey, createVerify, type KeyObject } from "node:crypto";
import { z } from "zod";
import { env } from "../../server/env";
import type { DeliveryReport } from "../events";
import { dateOf, reject, type Parsed, type WebhookRequest } from "./types";

const MAX_AGE_S = 24 * 3600;
export const SIGNATURE_HEADER = "x-twilio-email-event-webhook-signature";
export const TIMESTAMP_HEADER = "x-twilio-email-event-webhook-timestamp";

const EventSchema = z.object({
  email: z.string().max(320),
  event: z.string().max(40),
  sg_event_id: z.string().min(1).max(200),
  timestamp: z.number().optional(),
  "smtp-id": z.string().max(998).optional(),
  type: z.string().max(40).optional(),
  reason: z.string().max(2000).optional(),
  status: z.string().max(20).optional(),
  response: z.string().max(2000).optional(),
}).loose();

let cachedKey: { source: string; key: KeyObject } | undefined;
function publicKey(source: string): KeyObject {
  if (cachedKey?.source !== source) {
    const key = source.includes("BEGIN PUBLIC KEY") ? createPublicKey(source) : createPublicKey({ key: Buffer.from(source, "base64"), format: "der", type: "spki" });
    cachedKey = { source, key };
  }
  return cachedKey.key;
}

export async function parseSendgrid(req: WebhookRequest): Promise<Parsed> {
  const source = env.SENDGRID_WEBHOOK_PUBLIC_KEY;
  if (!source) return reject(404, "the SendGrid webhook is not configured (SENDGRID_WEBHOOK_PUBLIC_KEY)");
  const signature = req.headers.get(SIGNATURE_HEADER) ?? "";
  const timestamp = req.headers.get(TIMESTAMP_HEADER) ?? "";
  if (!signature || signature.length > 400 || !/^\d{1,12}$/.test(timestamp)) return reject(401, "signature headers missing");
  let valid = false;
  try {
    const v = createVerify("sha256");
    v.update(timestamp + req.body, "utf8");
    valid = v.verify(publicKey(source), Buffer.from(signature, "base64"));
  } catch {
    valid = false;
  }
  if (!valid) return reject(403, "signature does not verify");
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > MAX_AGE_S) return reject(403, "signature timestamp is too old");
  let json: unknown;
  try {
    json = JSON.parse(req.body);
  } catch {
    return reject(400, "body is not JSON");
  }
  const parsed = z.array(EventSchema).max(5000).safeParse(json);
  if (!parsed.success) return reject(400, "not a SendGrid event array");
  const reports: DeliveryReport[] = [];
  for (const e of parsed.data) {
    const base = { provider: "sendgrid" as const, eventId: e.sg_event_id, address: e.email, messageId: e["smtp-id"] ?? null, occurredAt: dateOf(e.timestamp) };
    const detail = [e.status, e.reason ?? e.response].filter(Boolean).join(" ");
    if (e.event === "delivered") reports.push({ ...base, type: "delivered", summary: e.response ?? "delivered" });
    else if (e.event === "spamreport") reports.push({ ...base, type: "complaint", summary: "spam report" });
    // "blocked" is SendGrid's temporary refusal (reputation, content); "bounce" means the address is gone.
    else if (e.event === "bounce") reports.push({ ...base, type: e.type === "blocked" ? "bounce_soft" : "bounce_hard", summary: `${e.type ?? "bounce"}: ${detail}` });
  }
  return { ok: true, reports };
}
