// Provider webhooks (issue 14) with payloads in each provider's documented format, signed with the real
// algorithms: SES through SNS (an RSA certificate generated here with openssl, served by a local HTTP
// server on the configured allowlist; subscription confirmation), Mailgun (HMAC-SHA256), Postmark (basic
// auth), SendGrid (ECDSA P-256). Forged, replayed, oversized and malformed requests: 4xx or no-op.
import { execFileSync } from "node:child_process";
import { createHmac, createSign, generateKeyPairSync, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupLedger, messageIdOf, seedLedger, type LedgerFixture } from "../support/delivery-fixtures";

const TOPIC = "arn:aws:sns:eu-west-1:123456789012:weekly-outlook-ses";
const MAILGUN_KEY = "key-test-mailgun-signing-0123456789";
const PM_USER = "postmark-hook";
const PM_PASS = "s3cret-pm-pass";

let dir: string;
let certServer: Server;
let certBase: string;
let rsaKeyPem: string;
const subscribeHits: string[] = [];
let ecPrivate: ReturnType<typeof generateKeyPairSync>["privateKey"];
let db: typeof import("@/lib/server/db").db;
let route: typeof import("@/app/api/webhooks/[provider]/route");
const fixtures: LedgerFixture[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "wo-sns-"));
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem"), "-days", "2", "-subj", "/CN=sns.eu-west-1.amazonaws.com"], { stdio: "ignore" });
  rsaKeyPem = readFileSync(path.join(dir, "key.pem"), "utf8");
  const certPem = readFileSync(path.join(dir, "cert.pem"), "utf8");
  certServer = createServer((req, res) => {
    if (req.url === "/SimpleNotificationService-test.pem") return res.end(certPem);
    if (req.url?.startsWith("/subscribe")) {
      subscribeHits.push(req.url);
      return res.end("<ConfirmSubscriptionResponse/>");
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((r) => certServer.listen(0, "127.0.0.1", () => r()));
  const addr = certServer.address();
  certBase = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}/`;
  const ec = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  ecPrivate = ec.privateKey;
  process.env.SES_SNS_TOPIC_ARNS = `arn:aws:sns:us-east-1:000000000000:other,${TOPIC}`;
  process.env.SNS_CERT_URL_PREFIXES = certBase;
  process.env.MAILGUN_WEBHOOK_SIGNING_KEY = MAILGUN_KEY;
  process.env.POSTMARK_WEBHOOK_USER = PM_USER;
  process.env.POSTMARK_WEBHOOK_PASSWORD = PM_PASS;
  process.env.SENDGRID_WEBHOOK_PUBLIC_KEY = (ec.publicKey.export({ format: "der", type: "spki" }) as Buffer).toString("base64");
  ({ db } = await import("@/lib/server/db"));
  route = await import("@/app/api/webhooks/[provider]/route");
});

afterAll(async () => {
  for (const f of fixtures) await cleanupLedger(db, f);
  await new Promise<void>((r) => certServer.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

async function fixture(o?: Parameters<typeof seedLedger>[1]) {
  const f = await seedLedger(db, o);
  fixtures.push(f);
  return f;
}

async function post(provider: string, body: string, headers: Record<string, string> = {}) {
  const req = new Request(`http://127.0.0.1/api/webhooks/${provider}`, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
  const res = await route.POST(req, { params: Promise.resolve({ provider }) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const suppression = (email: string) => db.suppression.findUnique({ where: { email } });

// ─── SNS ───
type SnsFields = Record<string, string>;
function signSns(m: SnsFields, version: "1" | "2" = "2"): SnsFields {
  const order = m.Type === "Notification" ? ["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"] : ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"];
  const text = order.filter((k) => m[k] !== undefined).map((k) => `${k}\n${m[k]}\n`).join("");
  const signature = createSign(version === "1" ? "RSA-SHA1" : "RSA-SHA256").update(text).sign(rsaKeyPem, "base64");
  return { ...m, SignatureVersion: version, Signature: signature };
}
function snsNotification(message: unknown, extra: Partial<SnsFields> = {}, version: "1" | "2" = "2"): SnsFields {
  return signSns({
    Type: "Notification",
    MessageId: randomUUID(),
    TopicArn: TOPIC,
    Message: JSON.stringify(message),
    Timestamp: new Date().toISOString(),
    SigningCertURL: `${certBase}SimpleNotificationService-test.pem`,
    UnsubscribeURL: `${certBase}unsubscribe`,
    ...extra,
  }, version);
}
function sesBounce(address: string, messageId: string, bounceType = "Permanent") {
  return {
    notificationType: "Bounce",
    bounce: {
      bounceType,
      bounceSubType: bounceType === "Permanent" ? "General" : "MailboxFull",
      bouncedRecipients: [{ emailAddress: address, action: "failed", status: bounceType === "Permanent" ? "5.1.1" : "4.2.2", diagnosticCode: "smtp; 550 5.1.1 user unknown" }],
      timestamp: new Date().toISOString(),
      feedbackId: "00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa068a-000000",
      reportingMTA: "dsn; a4-8.smtp-out.eu-west-1.amazonses.com",
    },
    mail: {
      timestamp: new Date().toISOString(),
      source: "newsletter@example.com",
      messageId: "0102015fd91a5ca3-93c245fe-e333-46ae-8fed-96160d20cfab-000000",
      destination: [address],
      headersTruncated: false,
      headers: [{ name: "Message-ID", value: messageId }],
      commonHeaders: { from: ["newsletter@example.com"], to: [address], messageId, subject: "Issue" },
    },
  };
}

describe("Amazon SES through SNS", () => {
  it("confirms a signed subscription by fetching its SubscribeURL", async () => {
    const token = randomUUID();
    const msg = signSns({
      Type: "SubscriptionConfirmation",
      MessageId: randomUUID(),
      Token: token,
      TopicArn: TOPIC,
      Message: `You have chosen to subscribe to the topic ${TOPIC}.`,
      SubscribeURL: `${certBase}subscribe?Action=ConfirmSubscription&Token=${token}`,
      Timestamp: new Date().toISOString(),
      SigningCertURL: `${certBase}SimpleNotificationService-test.pem`,
    });
    const r = await post("ses", JSON.stringify(msg));
    expect(r).toMatchObject({ status: 200, json: { ok: true, note: "subscription confirmed" } });
    expect(subscribeHits.some((h) => h.includes(token))).toBe(true);
  });

  it("a signed Permanent bounce suppresses; the replayed notification changes nothing", async () => {
    const f = await fixture({ members: 2, sends: 1 });
    const body = JSON.stringify(snsNotification(sesBounce(f.members[0]!.email, messageIdOf(f, 0, 0))));
    expect(await post("ses", body)).toMatchObject({ status: 200, json: { applied: 1 } });
    expect(await suppression(f.members[0]!.email)).toMatchObject({ reason: "hard_bounce" });
    expect(await post("ses", body)).toMatchObject({ status: 200, json: { applied: 0, duplicate: 1 } });
    expect(await db.deliveryEvent.count({ where: { address: f.members[0]!.email } })).toBe(1);
    expect(await suppression(f.members[1]!.email)).toBeNull();
  });

  it("SignatureVersion 1 (SHA1) verifies; a Transient bounce is soft; a complaint unsubscribes", async () => {
    const f = await fixture({ members: 2, sends: 1 });
    expect(await post("ses", JSON.stringify(snsNotification(sesBounce(f.members[0]!.email, messageIdOf(f, 0, 0), "Transient"), {}, "1")))).toMatchObject({ status: 200, json: { applied: 1 } });
    expect((await db.emailRecipient.findUniqueOrThrow({ where: { id: f.recipients[0]![0]! } })).bounce).toBe("soft");
    expect(await suppression(f.members[0]!.email)).toBeNull();
    const complaint = {
      notificationType: "Complaint",
      complaint: { complainedRecipients: [{ emailAddress: f.members[1]!.email }], timestamp: new Date().toISOString(), feedbackId: "0000013786031775-fea503bc", complaintFeedbackType: "abuse", userAgent: "Yahoo!-Mail-Feedback/1.0" },
      mail: { messageId: "0000013786031775-163e3910", destination: [f.members[1]!.email], commonHeaders: { messageId: messageIdOf(f, 0, 1) } },
    };
    expect(await post("ses", JSON.stringify(snsNotification(complaint)))).toMatchObject({ status: 200, json: { applied: 1 } });
    expect(await suppression(f.members[1]!.email)).toMatchObject({ reason: "complaint" });
    expect((await db.subscription.findMany({ where: { memberId: f.members[1]!.id } })).every((s) => s.status === "unsubscribed")).toBe(true);
  });

  it("forged, foreign, malformed and oversized messages are refused with 4xx and suppress nobody", async () => {
    const f = await fixture({ members: 1, sends: 1 });
    const email = f.members[0]!.email;
    const good = snsNotification(sesBounce(email, messageIdOf(f, 0, 0)));
    // the message changed after signing
    const tampered = { ...good, Message: good.Message!.replace("Permanent", "Permanent ") };
    expect((await post("ses", JSON.stringify(tampered))).status).toBe(403);
    // signed by someone else's key: a valid signature with another certificate URL outside the allowlist
    expect((await post("ses", JSON.stringify(signSns({ ...good, SigningCertURL: "https://evil.example.com/cert.pem" })))).status).toBe(403);
    expect((await post("ses", JSON.stringify(signSns({ ...good, SigningCertURL: "http://sns.eu-west-1.amazonaws.com/cert.pem" })))).status).toBe(403);
    // a topic we did not configure
    expect((await post("ses", JSON.stringify(snsNotification(sesBounce(email, messageIdOf(f, 0, 0)), { TopicArn: "arn:aws:sns:eu-west-1:999999999999:attacker" })))).status).toBe(403);
    // garbage signature
    expect((await post("ses", JSON.stringify({ ...good, Signature: "bm90IGEgc2lnbmF0dXJl" }))).status).toBe(403);
    // malformed
    expect((await post("ses", "{not json")).status).toBe(400);
    expect((await post("ses", JSON.stringify({ Type: "Notification" }))).status).toBe(400);
    expect((await post("ses", JSON.stringify(snsNotification("just a string")))).status).toBe(400);
    // oversized
    expect((await post("ses", "x".repeat(1024 * 1024 + 10))).status).toBe(413);
    expect(await suppression(email)).toBeNull();
    expect(await db.deliveryEvent.count({ where: { address: email } })).toBe(0);
  });
});

// ─── Mailgun ───
function mailgunBody(eventData: Record<string, unknown>, key = MAILGUN_KEY, ts = Math.floor(Date.now() / 1000)) {
  const token = randomUUID().replace(/-/g, "");
  const signature = createHmac("sha256", key).update(`${ts}${token}`).digest("hex");
  return JSON.stringify({ signature: { timestamp: String(ts), token, signature }, "event-data": eventData });
}
function mailgunFailed(address: string, messageId: string, severity: "permanent" | "temporary", code = 550) {
  return {
    event: "failed",
    id: randomUUID(),
    timestamp: Date.now() / 1000,
    severity,
    reason: severity === "permanent" ? "bounce" : "generic",
    recipient: address,
    message: { headers: { to: address, "message-id": messageId.replace(/^<|>$/g, ""), from: "newsletter@example.com", subject: "Issue" } },
    "delivery-status": { code, message: code >= 500 ? "5.1.1 The email account does not exist" : "4.2.2 mailbox full", description: "" },
  };
}

describe("Mailgun", () => {
  it("a signed permanent failure suppresses; a temporary one is not a bounce; a complaint unsubscribes", async () => {
    const f = await fixture({ members: 3, sends: 1 });
    expect(await post("mailgun", mailgunBody(mailgunFailed(f.members[0]!.email, messageIdOf(f, 0, 0), "permanent")))).toMatchObject({ status: 200, json: { applied: 1 } });
    expect(await suppression(f.members[0]!.email)).toMatchObject({ reason: "hard_bounce" });
    expect(await post("mailgun", mailgunBody(mailgunFailed(f.members[1]!.email, messageIdOf(f, 0, 1), "temporary", 452)))).toMatchObject({ status: 200, json: { applied: 0 } });
    expect((await db.emailRecipient.findUniqueOrThrow({ where: { id: f.recipients[0]![1]! } })).bounce).toBeNull();
    const complained = { event: "complained", id: randomUUID(), timestamp: Date.now() / 1000, recipient: f.members[2]!.email, message: { headers: { "message-id": messageIdOf(f, 0, 2).slice(1, -1) } } };
    expect(await post("mailgun", mailgunBody(complained))).toMatchObject({ status: 200, json: { applied: 1 } });
    expect(await suppression(f.members[2]!.email)).toMatchObject({ reason: "complaint" });
  });

  it("a wrong key, a stale timestamp or a malformed body is refused", async () => {
    const f = await fixture({ members: 1, sends: 1 });
    const ev = mailgunFailed(f.members[0]!.email, messageIdOf(f, 0, 0), "permanent");
    expect((await post("mailgun", mailgunBody(ev, "key-wrong"))).status).toBe(403);
    expect((await post("mailgun", mailgunBody(ev, MAILGUN_KEY, Math.floor(Date.now() / 1000) - 3 * 86400))).status).toBe(403);
    expect((await post("mailgun", JSON.stringify({ "event-data": ev }))).status).toBe(400);
    expect((await post("mailgun", "[]")).status).toBe(400);
    expect(await suppression(f.members[0]!.email)).toBeNull();
  });
});

// ─── Postmark ───
const basic = (u: string, p: string) => ({ authorization: `Basic ${Buffer.from(`${u}:${p}`).toString("base64")}` });

describe("Postmark", () => {
  it("bounce, spam complaint and delivery records behind basic auth", async () => {
    const f = await fixture({ members: 3, sends: 1 });
    const bounce = { RecordType: "Bounce", MessageStream: "broadcast", ID: Math.floor(Math.random() * 1e12), Type: "HardBounce", TypeCode: 1, Name: "Hard bounce", MessageID: randomUUID(), Description: "The server was unable to deliver your message (ex: unknown user, mailbox not found).", Details: "smtp;550 5.1.1 The email account that you tried to reach does not exist.", Email: f.members[0]!.email, From: "newsletter@example.com", BouncedAt: new Date().toISOString(), Inactive: true, CanActivate: true, Subject: "Issue" };
    expect(await post("postmark", JSON.stringify(bounce), basic(PM_USER, PM_PASS))).toMatchObject({ status: 200, json: { applied: 1 } });
    expect(await suppression(f.members[0]!.email)).toMatchObject({ reason: "hard_bounce" });
    const spam = { RecordType: "SpamComplaint", MessageStream: "broadcast", ID: Math.floor(Math.random() * 1e12), Type: "SpamComplaint", TypeCode: 512, MessageID: randomUUID(), Email: f.members[1]!.email, BouncedAt: new Date().toISOString() };
    expect(await post("postmark", JSON.stringify(spam), basic(PM_USER, PM_PASS))).toMatchObject({ status: 200, json: { applied: 1 } });
    expect(await suppression(f.members[1]!.email)).toMatchObject({ reason: "complaint" });
    const delivery = { RecordType: "Delivery", ServerID: 23, MessageStream: "broadcast", MessageID: randomUUID(), Recipient: f.members[2]!.email, Tag: "", DeliveredAt: "2026-12-01T10:00:00Z", Details: "Test delivery webhook details" };
    expect(await post("postmark", JSON.stringify(delivery), basic(PM_USER, PM_PASS))).toMatchObject({ status: 200, json: { applied: 1 } });
    expect((await db.emailRecipient.findUniqueOrThrow({ where: { id: f.recipients[0]![2]! } })).deliveredAt).toEqual(new Date("2026-12-01T10:00:00Z"));
  });

  it("wrong or missing credentials: 401 and nothing stored", async () => {
    const f = await fixture({ members: 1, sends: 1 });
    const bounce = JSON.stringify({ RecordType: "Bounce", ID: 1, Type: "HardBounce", Email: f.members[0]!.email, MessageID: "x" });
    expect((await post("postmark", bounce)).status).toBe(401);
    expect((await post("postmark", bounce, basic(PM_USER, "wrong"))).status).toBe(401);
    expect((await post("postmark", bounce, { authorization: "Bearer whatever" })).status).toBe(401);
    expect(await suppression(f.members[0]!.email)).toBeNull();
  });
});

// ─── SendGrid ───
function sendgridHeaders(body: string, ts = String(Math.floor(Date.now() / 1000))) {
  const sig = createSign("sha256").update(ts + body).sign(ecPrivate).toString("base64");
  return { "x-twilio-email-event-webhook-signature": sig, "x-twilio-email-event-webhook-timestamp": ts };
}

describe("SendGrid", () => {
  it("a signed batch of events is applied event by event, once", async () => {
    const f = await fixture({ members: 3, sends: 1 });
    const now = Math.floor(Date.now() / 1000);
    const events = [
      { email: f.members[0]!.email, timestamp: now, "smtp-id": messageIdOf(f, 0, 0), event: "bounce", type: "bounce", status: "5.1.1", reason: "550 5.1.1 The email account that you tried to reach does not exist.", sg_event_id: randomUUID(), sg_message_id: "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0" },
      { email: f.members[1]!.email, timestamp: now, "smtp-id": messageIdOf(f, 0, 1), event: "spamreport", sg_event_id: randomUUID(), sg_message_id: "x" },
      { email: f.members[2]!.email, timestamp: now, "smtp-id": messageIdOf(f, 0, 2), event: "delivered", response: "250 OK", sg_event_id: randomUUID(), sg_message_id: "y" },
      { email: f.members[2]!.email, timestamp: now, event: "open", sg_event_id: randomUUID(), sg_message_id: "y" },
    ];
    const body = JSON.stringify(events);
    expect(await post("sendgrid", body, sendgridHeaders(body))).toMatchObject({ status: 200, json: { applied: 3 } });
    expect(await suppression(f.members[0]!.email)).toMatchObject({ reason: "hard_bounce" });
    expect(await suppression(f.members[1]!.email)).toMatchObject({ reason: "complaint" });
    expect(await suppression(f.members[2]!.email)).toBeNull();
    // SendGrid retries deliver the same events again: no second application
    expect(await post("sendgrid", body, sendgridHeaders(body))).toMatchObject({ status: 200, json: { applied: 0, duplicate: 3 } });
  });

  it("a body changed after signing, missing headers or a stale timestamp is refused", async () => {
    const f = await fixture({ members: 1, sends: 1 });
    const body = JSON.stringify([{ email: f.members[0]!.email, event: "bounce", type: "bounce", sg_event_id: randomUUID(), timestamp: 1 }]);
    const headers = sendgridHeaders(body);
    expect((await post("sendgrid", body.replace("bounce", "bounce "), headers)).status).toBe(403);
    expect((await post("sendgrid", body)).status).toBe(401);
    expect((await post("sendgrid", body, sendgridHeaders(body, String(Math.floor(Date.now() / 1000) - 3 * 86400)))).status).toBe(403);
    const notArray = JSON.stringify({ email: "x" });
    expect((await post("sendgrid", notArray, sendgridHeaders(notArray))).status).toBe(400);
    expect(await suppression(f.members[0]!.email)).toBeNull();
  });
});

describe("webhook routing", () => {
  it("an unknown provider is a 404", async () => {
    expect((await post("brevo-unknown", "{}")).status).toBe(404);
  });
});
