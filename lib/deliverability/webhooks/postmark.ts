// Postmark webhooks: HTTP basic auth (the credentials in the webhook URL), then Bounce, SpamComplaint
// and Delivery records parsed to reports. Postmark also publishes the IPs it posts from: restrict the
// route to them at the proxy if you can.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "../../server/env";
import type { DeliveryEventType } from "../events";
import { dateOf, reject, type Parsed, type WebhookRequest } from "./types";

const HARD = new Set(["HardBounce", "BadEmailAddress", "ManuallyDeactivated"]);
const SOFT = new Set(["SoftBounce", "Transient", "DnsError"]);

const PostmarkSchema = z.object({
  RecordType: z.string().max(40),
  ID: z.union([z.number(), z.string().max(40)]).optional(),
  Type: z.string().max(60).optional(),
  MessageID: z.string().max(200).optional(),
  Email: z.string().max(320).optional(),
  Recipient: z.string().max(320).optional(),
  Details: z.string().max(2000).optional(),
  Description: z.string().max(2000).optional(),
  BouncedAt: z.string().max(60).optional(),
  DeliveredAt: z.string().max(60).optional(),
}).loose();

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function parsePostmark(req: WebhookRequest): Promise<Parsed> {
  const user = env.POSTMARK_WEBHOOK_USER;
  const pass = env.POSTMARK_WEBHOOK_PASSWORD;
  if (!user || !pass) return reject(404, "the Postmark webhook is not configured (POSTMARK_WEBHOOK_USER/PASSWORD)");
  const auth = req.headers.get("authorization") ?? "";
  const m = /^Basic ([A-Za-z0-9+/=]{1,400})$/.exec(auth);
  const given = m ? Buffer.from(m[1]!, "base64").toString("utf8") : "";
  // Both halves compared in full (no early exit that would tell which one was wrong).
  const i = given.indexOf(":");
  const okUser = same(i >= 0 ? given.slice(0, i) : "", user);
  const okPass = same(i >= 0 ? given.slice(i + 1) : "", pass);
  if (!okUser || !okPass) return reject(401, "basic auth does not match");
  let json: unknown;
  try {
    json = JSON.parse(req.body);
  } catch {
    return reject(400, "body is not JSON");
  }
  const parsed = PostmarkSchema.safeParse(json);
  if (!parsed.success) return reject(400, "not a Postmark webhook record");
  const r = parsed.data;
  let type: DeliveryEventType | null = null;
  if (r.RecordType === "Delivery") type = "delivered";
  else if (r.RecordType === "SpamComplaint") type = "complaint";
  else if (r.RecordType === "Bounce" && r.Type) type = HARD.has(r.Type) ? "bounce_hard" : SOFT.has(r.Type) ? "bounce_soft" : null;
  if (!type) return { ok: true, reports: [], note: `record ${r.RecordType}/${r.Type ?? ""} not used` };
  const address = r.Email ?? r.Recipient;
  if (!address) return reject(400, "record has no address");
  const eventId = type === "delivered" ? `delivery:${r.MessageID ?? ""}:${address.toLowerCase()}` : `${r.RecordType}:${r.ID ?? `${r.MessageID}:${address.toLowerCase()}`}`;
  return {
    ok: true,
    reports: [{ provider: "postmark", eventId, type, address, summary: [r.Type, r.Details || r.Description].filter(Boolean).join(": ") || r.RecordType, occurredAt: dateOf(r.BouncedAt ?? r.DeliveredAt) }],
  };
}
