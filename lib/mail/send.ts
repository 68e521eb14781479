// sendEmail(): render a React Email template to HTML + plain text and hand it to the messenger (SMTP,
// or the local mailbox when no SMTP is configured). A rejected recipient is an error, never a success.
import "server-only";
import { randomUUID } from "node:crypto";
import { render } from "@react-email/render";
import { emailPlainText } from "./plain-text";
import type { ReactElement } from "react";
import { env } from "../server/env";
import { absolutizeEmailHtml } from "./absolute-urls";
import { getSettings } from "../settings/settings";
import { getMessenger, type DeliveryOutcome } from "./messenger";

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

/** The messenger did not get the message accepted; `permanent` for a rejection (do not retry). */
export class SmtpError extends Error {
  readonly permanent: boolean;
  readonly responseCode: number | undefined;
  constructor(readonly outcome: Exclude<DeliveryOutcome, { kind: "accepted" }>) {
    super(outcome.error);
    this.name = "SmtpError";
    this.permanent = outcome.kind === "rejected";
    this.responseCode = "responseCode" in outcome ? outcome.responseCode : undefined;
  }
}

export function messageIdDomain(): string {
  try {
    return new URL(env.APP_URL).hostname || "localhost";
  } catch {
    return "localhost";
  }
}

/** HTML and plain text of an email, every link and image made absolute to APP_URL. */
export async function renderEmail(react: ReactElement): Promise<{ html: string; text: string }> {
  const html = absolutizeEmailHtml(await render(react), env.APP_URL);
  return { html, text: emailPlainText(html) };
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
  html = absolutizeEmailHtml(html, env.APP_URL);
  text ??= emailPlainText(html);
  const sender = msg.from ? { from: msg.from, replyTo: msg.replyTo } : await defaultFrom();
  const messageId = msg.messageId ?? `<${randomUUID()}@${messageIdDomain()}>`;

  const outcome = await getMessenger().send({ to: msg.to, from: sender.from, replyTo: sender.replyTo, subject: msg.subject, html, text, headers: msg.headers ?? {}, messageId });
  if (outcome.kind !== "accepted") throw new SmtpError(outcome);
  return { messageId, response: outcome.response, mailbox: outcome.mailbox };
}
