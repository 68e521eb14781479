// The inbound SMTP listener (started by the worker when BOUNCE_SMTP_PORT is set): accepts mail only for
// signed addresses — the VERP return path bounces+<token>@ (DSNs, feedback reports) and the mailto:
// unsubscribe address u+<token>@ — and refuses every other recipient at RCPT time.
import "server-only";
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from "smtp-server";
import { unsubscribe } from "../subscriptions/state";
import { verifyMailtoUnsubscribe } from "../subscriptions/unsubscribe-links";
import { recordDeliveryEvent } from "./events";
import { readInboundMessage } from "./inbound-reports";
import { verifyVerpLocalPart } from "./return-path";

export const MAX_INBOUND_BYTES = 1024 * 1024;
const MAX_RECIPIENTS = 10;

type Target = { kind: "bounce"; recipientId: string } | { kind: "unsubscribe"; memberId: string; newsletterId: string };

export function targetOf(address: string): Target | null {
  const at = address.lastIndexOf("@");
  if (at <= 0) return null;
  const local = address.slice(0, at);
  const rid = verifyVerpLocalPart(local);
  if (rid) return { kind: "bounce", recipientId: rid };
  const u = verifyMailtoUnsubscribe(local);
  return u ? { kind: "unsubscribe", ...u } : null;
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** What one received message did, per signed recipient. */
export async function processInbound(raw: Buffer, rcpts: string[]): Promise<string[]> {
  const notes: string[] = [];
  let reading: Awaited<ReturnType<typeof readInboundMessage>> | undefined;
  for (const rcpt of rcpts) {
    const t = targetOf(rcpt);
    if (!t) continue;
    if (t.kind === "unsubscribe") {
      // Anyone who can send mail to the signed address is, in practice, its recipient (Gmail and Apple
      // Mail send it for the List-Unsubscribe button); the token binds member and newsletter.
      const changed = await unsubscribe(t.memberId, t.newsletterId, "mailto");
      notes.push(changed ? "unsubscribed" : "already unsubscribed");
      continue;
    }
    try {
      reading = await readInboundMessage(raw, t.recipientId);
    } catch {
      notes.push("unreadable message");
      console.log(`[bounce-smtp] unreadable message for ${rcpt.slice(0, 80)}`);
      continue;
    }
    if (!reading.reports.length) {
      notes.push(`ignored: ${reading.note}`);
      console.log(`[bounce-smtp] ${reading.kind} message ignored: ${reading.note}`);
    }
    for (const r of reading.reports) notes.push((await recordDeliveryEvent(r)).outcome);
  }
  return notes;
}

export type InboundListener = { port: number; close(): Promise<void> };

export async function startInboundSmtp({ port, host = "0.0.0.0" }: { port: number; host?: string }): Promise<InboundListener> {
  const server = new SMTPServer({
    name: "weekly-outlook-bounces",
    banner: "Weekly Outlook bounce and unsubscribe receiver",
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: MAX_INBOUND_BYTES,
    maxClients: 50,
    logger: false,
    closeTimeout: 1000,
    onRcptTo(address: SMTPServerAddress, session: SMTPServerSession, callback: (err?: Error | null) => void) {
      if (session.envelope.rcptTo.length >= MAX_RECIPIENTS) return callback(smtpError(452, "Too many recipients"));
      if (!targetOf(address.address)) return callback(smtpError(550, "5.1.1 No such recipient here"));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) return callback(smtpError(552, "5.3.4 Message too big"));
        const rcpts = session.envelope.rcptTo.map((r) => r.address);
        processInbound(Buffer.concat(chunks), rcpts).then(
          () => callback(),
          (e: Error) => {
            // our own trouble (database down): the sender keeps the report and tries again later
            console.error(`[bounce-smtp] ${e.message}`);
            callback(smtpError(451, "4.3.0 Try again later"));
          },
        );
      });
    },
  });
  server.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "ECONNRESET" && e.code !== "EPIPE") console.error(`[bounce-smtp] ${e.message}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const a = server.server.address();
  const actual = typeof a === "object" && a ? a.port : port;
  console.log(`[bounce-smtp] listening on ${host}:${actual} for DSNs, feedback reports and mailto: unsubscribes`);
  return { port: actual, close: () => new Promise<void>((r) => server.close(() => r())) };
}
