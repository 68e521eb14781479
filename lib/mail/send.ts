// sendEmail(): render a React Email template to HTML + plain text and hand it to SMTP, or keep it in
// the local mailbox when no SMTP is configured. A rejected recipient is an error, never a success.
import "server-only";
import { randomUUID } from "node:crypto";
import { render, toPlainText } from "@react-email/render";
import type { ReactElement } from "react";
import { db } from "../server/db";
import { env } from "../server/env";
import { getSettings } from "../settings/settings";
import { getTransport } from "./transport";

export type OutgoingEmail = {
  to: string;
  subject: string;
  react?: ReactElement;
  html?: string;
  text?: string;
  headers?: Record<string, string>;
  from?: string;
  replyTo?: string;
  messageId?: string;
};

export type SentEmail = { messageId: string; response: string; mailbox: boolean };

/** SMTP refused the message: `permanent` for 5xx (do not retry), otherwise temporary. */
export class SmtpError extends Error {
  constructor(
    message: string,
    readonly responseCode: number | undefined,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = "SmtpError";
  }
}

export function messageIdDomain(): string {
  try {
    return new URL(env.APP_URL).hostname || "localhost";
  } catch {
    return "localhost";
  }
}

export async function renderEmail(react: ReactElement): Promise<{ html: string; text: string }> {
  const html = await render(react);
  return { html, text: toPlainText(html) };
}

export async function defaultFrom(): Promise<{ from: string; replyTo?: string }> {
  const s = await getSettings();
  const name = s.senderName.replace(/["\r\n]/g, "");
  return { from: `"${name}" <${s.senderEmail}>`, replyTo: s.replyTo || undefined };
}

function assertHeaderSafe(value: string, what: string) {
  if (/[\r\n]/.test(value)) throw new Error(`${what} contains a line break`);
}

export async function sendEmail(msg: OutgoingEmail): Promise<SentEmail> {
  assertHeaderSafe(msg.to, "to");
  assertHeaderSafe(msg.subject, "subject");
  for (const [k, v] of Object.entries(msg.headers ?? {})) assertHeaderSafe(`${k}${v}`, `header ${k}`);
  let { html, text } = msg;
  if (msg.react) ({ html, text } = await renderEmail(msg.react));
  if (html === undefined) throw new Error("sendEmail needs react or html");
  text ??= toPlainText(html);
  const sender = msg.from ? { from: msg.from, replyTo: msg.replyTo } : await defaultFrom();
  const messageId = msg.messageId ?? `<${randomUUID()}@${messageIdDomain()}>`;

  const transport = getTransport();
  if (!transport) {
    await db.mailboxMessage.create({
      data: {
        to: msg.to,
        from: sender.from,
        subject: msg.subject,
        html,
        text,
        headers: JSON.stringify({ ...(msg.headers ?? {}), ...(sender.replyTo ? { "Reply-To": sender.replyTo } : {}) }),
        messageId,
      },
    });
    return { messageId, response: "250 kept in local mailbox", mailbox: true };
  }
  try {
    const info = await transport.sendMail({
      from: sender.from,
      replyTo: sender.replyTo,
      to: msg.to,
      subject: msg.subject,
      html,
      text,
      headers: msg.headers,
      messageId,
    });
    if (info.rejected.length > 0 || info.accepted.length === 0) {
      throw new SmtpError(`recipient rejected: ${info.response}`, undefined, true);
    }
    return { messageId, response: info.response, mailbox: false };
  } catch (e) {
    if (e instanceof SmtpError) throw e;
    const err = e as { responseCode?: number; message?: string };
    const permanent = typeof err.responseCode === "number" && err.responseCode >= 500;
    throw new SmtpError(err.message ?? "SMTP error", err.responseCode, permanent);
  }
}
