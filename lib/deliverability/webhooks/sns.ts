// Amazon SES notifications through Amazon SNS: the SNS envelope's signature verified with the signing
// certificate (fetched only from an allowed URL), the topic checked, subscription confirmations
// answered, and SES Bounce/Complaint/Delivery notifications parsed to reports.
import "server-only";
import { createVerify, X509Certificate } from "node:crypto";
import { z } from "zod";
import { env } from "../../server/env";
import type { DeliveryReport } from "../events";
import { dateOf, reject, type Parsed, type WebhookRequest } from "./types";

const SnsSchema = z.object({
  Type: z.enum(["Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"]),
  MessageId: z.string().min(1).max(200),
  TopicArn: z.string().min(1).max(300),
  Message: z.string().max(256 * 1024),
  Timestamp: z.string().max(40),
  SignatureVersion: z.enum(["1", "2"]),
  Signature: z.string().min(1).max(2048),
  SigningCertURL: z.string().max(500),
  Subject: z.string().max(500).optional(),
  Token: z.string().max(1024).optional(),
  SubscribeURL: z.string().max(2048).optional(),
});
type Sns = z.infer<typeof SnsSchema>;

const AWS_HOST = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;

/** A certificate or subscribe URL we may fetch: https on an SNS host, or a configured prefix. */
export function isTrustedSnsUrl(raw: string): boolean {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return false;
  }
  if (u.protocol === "https:" && AWS_HOST.test(u.hostname) && !u.username && !u.password && (u.port === "" || u.port === "443")) return true;
  const extra = (env.SNS_CERT_URL_PREFIXES ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return extra.some((p) => raw.startsWith(p));
}

const certs = new Map<string, Promise<string>>();

async function fetchText(url: string, maxBytes: number): Promise<string> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: "error" });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const text = await res.text();
  if (text.length > maxBytes) throw new Error("too large");
  return text;
}

function certificate(url: string): Promise<string> {
  let p = certs.get(url);
  if (!p) {
    p = fetchText(url, 16 * 1024);
    certs.set(url, p);
    p.catch(() => certs.delete(url));
    if (certs.size > 20) certs.delete(certs.keys().next().value!);
  }
  return p;
}

/** The string SNS signs: the named fields in this order, each "Name\nvalue\n" (Subject only when present). */
export function snsStringToSign(m: Sns): string {
  const fields = m.Type === "Notification" ? ["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"] : ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"];
  let out = "";
  for (const f of fields) {
    const v = (m as Record<string, string | undefined>)[f];
    if (v === undefined) continue;
    out += `${f}\n${v}\n`;
  }
  return out;
}

async function verifySignature(m: Sns): Promise<string | null> {
  if (!isTrustedSnsUrl(m.SigningCertURL)) return "signing certificate URL is not an SNS URL";
  let pem: string;
  try {
    pem = await certificate(m.SigningCertURL);
  } catch (e) {
    return `signing certificate could not be fetched (${(e as Error).message})`;
  }
  try {
    const cert = new X509Certificate(pem);
    const now = Date.now();
    if (now < Date.parse(cert.validFrom) || now > Date.parse(cert.validTo)) return "signing certificate is not valid now";
    const v = createVerify(m.SignatureVersion === "1" ? "RSA-SHA1" : "RSA-SHA256");
    v.update(snsStringToSign(m), "utf8");
    return v.verify(cert.publicKey, m.Signature, "base64") ? null : "signature does not verify";
  } catch {
    return "signing certificate or signature is malformed";
  }
}

const Recipient = z.object({ emailAddress: z.string().max(320), status: z.string().max(20).optional(), diagnosticCode: z.string().max(1000).optional() });
const SesSchema = z.object({
  notificationType: z.string().max(40).optional(),
  eventType: z.string().max(40).optional(),
  mail: z.object({
    messageId: z.string().max(200),
    headers: z.array(z.object({ name: z.string().max(200), value: z.string().max(2000) })).max(200).optional(),
    commonHeaders: z.object({ messageId: z.string().max(998).optional() }).loose().optional(),
  }).loose(),
  bounce: z.object({ bounceType: z.string().max(40), bounceSubType: z.string().max(60).optional(), bouncedRecipients: z.array(Recipient).max(100), timestamp: z.string().max(40).optional() }).loose().optional(),
  complaint: z.object({ complainedRecipients: z.array(z.object({ emailAddress: z.string().max(320) })).max(100), complaintFeedbackType: z.string().max(60).optional(), timestamp: z.string().max(40).optional() }).loose().optional(),
  delivery: z.object({ recipients: z.array(z.string().max(320)).max(100), smtpResponse: z.string().max(1000).optional(), timestamp: z.string().max(40).optional() }).loose().optional(),
}).loose();

function sesReports(snsMessageId: string, body: z.infer<typeof SesSchema>): DeliveryReport[] {
  const kind = body.notificationType ?? body.eventType;
  const header = body.mail.headers?.find((h) => h.name.toLowerCase() === "message-id")?.value;
  const messageId = body.mail.commonHeaders?.messageId ?? header ?? null;
  const base = { provider: "ses" as const, messageId };
  if (kind === "Bounce" && body.bounce) {
    const b = body.bounce;
    // Transient and Undetermined are soft: SES only calls "Permanent" what will never be delivered.
    const type = b.bounceType === "Permanent" ? ("bounce_hard" as const) : ("bounce_soft" as const);
    return b.bouncedRecipients.map((r) => ({
      ...base,
      type,
      eventId: `${snsMessageId}:${r.emailAddress.toLowerCase()}`,
      address: r.emailAddress,
      summary: [`${b.bounceType}/${b.bounceSubType ?? ""}`, r.status, r.diagnosticCode].filter(Boolean).join(" "),
      occurredAt: dateOf(b.timestamp),
    }));
  }
  if (kind === "Complaint" && body.complaint) {
    const c = body.complaint;
    return c.complainedRecipients.map((r) => ({
      ...base,
      type: "complaint" as const,
      eventId: `${snsMessageId}:${r.emailAddress.toLowerCase()}`,
      address: r.emailAddress,
      summary: `complaint${c.complaintFeedbackType ? ` (${c.complaintFeedbackType})` : ""}`,
      occurredAt: dateOf(c.timestamp),
    }));
  }
  if (kind === "Delivery" && body.delivery) {
    const d = body.delivery;
    return d.recipients.map((r) => ({ ...base, type: "delivered" as const, eventId: `${snsMessageId}:${r.toLowerCase()}`, address: r, summary: d.smtpResponse ?? "delivered", occurredAt: dateOf(d.timestamp) }));
  }
  return [];
}

export async function parseSes(req: WebhookRequest): Promise<Parsed> {
  const topics = (env.SES_SNS_TOPIC_ARNS ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (!topics.length) return reject(404, "the SES webhook is not configured (SES_SNS_TOPIC_ARNS)");
  let json: unknown;
  try {
    json = JSON.parse(req.body);
  } catch {
    return reject(400, "body is not JSON");
  }
  const parsed = SnsSchema.safeParse(json);
  if (!parsed.success) return reject(400, "not an SNS message");
  const m = parsed.data;
  if (!topics.includes(m.TopicArn)) return reject(403, `topic ${m.TopicArn.slice(0, 120)} is not configured`);
  const bad = await verifySignature(m);
  if (bad) return reject(403, bad);
  if (m.Type === "SubscriptionConfirmation") {
    if (!m.SubscribeURL || !isTrustedSnsUrl(m.SubscribeURL)) return reject(400, "SubscribeURL is not an SNS URL");
    try {
      await fetchText(m.SubscribeURL, 64 * 1024);
    } catch (e) {
      return reject(400, `could not confirm the subscription (${(e as Error).message})`);
    }
    console.log(`[deliverability] SNS subscription to ${m.TopicArn} confirmed`);
    return { ok: true, reports: [], note: "subscription confirmed" };
  }
  if (m.Type === "UnsubscribeConfirmation") return { ok: true, reports: [], note: "unsubscribe confirmation noted" };
  let inner: unknown;
  try {
    inner = JSON.parse(m.Message);
  } catch {
    return reject(400, "SNS Message is not an SES notification");
  }
  const ses = SesSchema.safeParse(inner);
  if (!ses.success) return reject(400, "SNS Message is not an SES notification");
  return { ok: true, reports: sesReports(m.MessageId, ses.data) };
}
