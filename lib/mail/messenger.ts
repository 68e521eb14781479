// The one way a message leaves: a Messenger over the pooled SMTP transport, or the local mailbox when
// SMTP_URL is unset. Both the transactional outbox (send.ts) and the newsletter pipeline (lib/sends/)
// send through it, and it answers with a classified outcome instead of throwing.
import "server-only";
import { db } from "../server/db";
import { env } from "../server/env";
import { getTransport } from "./transport";

export type MailMessage = {
  to: string;
  from: string;
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  messageId: string;
  /** Pre-built MIME (the newsletter hot path); without it the SMTP messenger composes the message. */
  raw?: () => { envelopeFrom: string; data: string };
};

/**
 * What SMTP said, in the words the ledgers need:
 * - `accepted`: 2xx (or kept in the mailbox) — submitted, not "delivered";
 * - `rejected`: 5xx or a refused recipient; `hardBounce` for the codes that mean the address is gone;
 * - `deferred`: 4xx (`countsAttempt`), or no answer before DATA, so it certainly did not leave
 *   (`countsAttempt: false`: SMTP being down for a while must not fail anyone);
 * - `uncertain`: the connection broke during DATA: it may or may not have been accepted.
 */
export type DeliveryOutcome =
  | { kind: "accepted"; response: string; mailbox: boolean }
  | { kind: "rejected"; error: string; responseCode?: number; hardBounce: boolean }
  | { kind: "deferred"; error: string; responseCode?: number; countsAttempt: boolean }
  | { kind: "uncertain"; error: string };

export interface Messenger {
  readonly kind: "smtp" | "mailbox";
  send(msg: MailMessage): Promise<DeliveryOutcome>;
}

const HARD_BOUNCE = new Set([550, 551, 553]);
const NOT_SENT_COMMANDS = new Set(["CONN", "EHLO", "HELO", "LHLO", "AUTH", "AUTH PLAIN", "AUTH LOGIN", "STARTTLS", "MAIL FROM", "RCPT TO", "RSET"]);

/** Classifies an error thrown by nodemailer. The only place that reads SMTP codes and commands. */
export function classifySmtpError(e: unknown): Exclude<DeliveryOutcome, { kind: "accepted" }> {
  const err = (e ?? {}) as { responseCode?: number; code?: string; command?: string; message?: string };
  const error = String(err.message ?? e).slice(0, 500);
  const code = err.responseCode;
  if (typeof code === "number" && code >= 500) return { kind: "rejected", error, responseCode: code, hardBounce: HARD_BOUNCE.has(code) };
  if (typeof code === "number" && code >= 400) return { kind: "deferred", error, responseCode: code, countsAttempt: true };
  const cmd = (err.command ?? "").toUpperCase();
  if (err.code === "ECONNECTION" || err.code === "EDNS" || NOT_SENT_COMMANDS.has(cmd) || /ECONNREFUSED/.test(error)) {
    return { kind: "deferred", error, countsAttempt: false };
  }
  return { kind: "uncertain", error };
}

/** Keeps the message in the MailboxMessage table (read by editors at /admin/mailbox). */
export const mailboxMessenger: Messenger = {
  kind: "mailbox",
  async send(msg) {
    await db.mailboxMessage.create({
      data: {
        to: msg.to,
        from: msg.from,
        subject: msg.subject,
        html: msg.html,
        text: msg.text,
        headers: JSON.stringify({ ...msg.headers, ...(msg.replyTo ? { "Reply-To": msg.replyTo } : {}) }),
        messageId: msg.messageId,
      },
    });
    logSignInLink(msg);
    return { kind: "accepted", response: "250 kept in local mailbox", mailbox: true };
  },
};

/**
 * The local mailbox is readable by admins only, so the very first sign-in on a new local install could
 * not be completed: on a local install (env.localMailbox) a sign-in link is also printed to the server
 * log, which only the operator of this machine reads.
 */
function logSignInLink(msg: MailMessage): void {
  if (!env.localMailbox) return;
  const link = msg.text.match(/https?:\/\/\S+\/signin\/verify\?\S+/)?.[0];
  if (link) console.log(`[mailbox] sign-in link for ${msg.to}: ${link}`);
}

function smtpMessenger(transport: NonNullable<ReturnType<typeof getTransport>>): Messenger {
  return {
    kind: "smtp",
    async send(msg) {
      try {
        const raw = msg.raw?.();
        // DKIM (when configured on the transport) signs raw messages too.
        const info = raw
          ? await transport.sendMail({ envelope: { from: raw.envelopeFrom, to: [msg.to] }, raw: raw.data, messageId: msg.messageId })
          : await transport.sendMail({
              from: msg.from,
              replyTo: msg.replyTo,
              to: msg.to,
              subject: msg.subject,
              html: msg.html,
              text: msg.text,
              headers: msg.headers,
              messageId: msg.messageId,
            });
        if (info.rejected.length > 0 || info.accepted.length === 0) {
          return { kind: "rejected", error: `recipient rejected: ${info.response}`.slice(0, 500), hardBounce: false };
        }
        return { kind: "accepted", response: info.response, mailbox: false };
      } catch (e) {
        return classifySmtpError(e);
      }
    },
  };
}

let cached: { transport: ReturnType<typeof getTransport>; messenger: Messenger } | undefined;

/** The process's messenger: SMTP when SMTP_URL is set, otherwise the local mailbox. */
export function getMessenger(): Messenger {
  const transport = getTransport();
  if (cached?.transport !== transport) cached = { transport, messenger: transport ? smtpMessenger(transport) : mailboxMessenger };
  return cached.messenger;
}
