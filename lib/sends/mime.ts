// A newsletter message as raw MIME (multipart/alternative, base64 parts). Built per recipient with a
// few string joins and native base64: composing through nodemailer's MIME tree cost ~5 ms a message.
import "server-only";
import { randomBytes } from "node:crypto";

const NON_ASCII = /[^\x20-\x7e]/;

/** RFC 2047 encoded-word for a header value when it is not plain ASCII. */
export function encodeHeaderValue(value: string): string {
  if (!NON_ASCII.test(value)) return value;
  // split into chunks so no encoded-word exceeds 75 characters
  const words: string[] = [];
  let chunk = "";
  for (const ch of value) {
    if (Buffer.byteLength(chunk + ch) > 42) {
      words.push(chunk);
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString("base64")}?=`).join("\r\n ");
}

/** `"Name" <addr>` with the display name encoded when needed. */
export function encodeAddressHeader(value: string): string {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value);
  if (!m) return value;
  const name = m[1]!.trim();
  if (!name) return `<${m[2]}>`;
  return NON_ASCII.test(name) ? `${encodeHeaderValue(name)} <${m[2]}>` : `"${name.replace(/["\\]/g, "")}" <${m[2]}>`;
}

export function envelopeAddress(value: string): string {
  return /<([^>]+)>/.exec(value)?.[1] ?? value.trim();
}

function base64Lines(s: string): string {
  const b64 = Buffer.from(s, "utf8").toString("base64");
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join("\r\n");
}

function assertHeaderSafe(v: string) {
  if (/[\r\n]/.test(v)) throw new Error("header value contains a line break");
}

export type RawMessage = {
  /** Pre-encoded From header value. */
  from: string;
  replyTo?: string;
  to: string;
  /** Pre-encoded Subject header value. */
  subject: string;
  messageId: string;
  headers: Record<string, string>;
  html: string;
  text: string;
};

export function buildRawMessage(m: RawMessage): string {
  assertHeaderSafe(m.to);
  const boundary = `--=_wo_${randomBytes(9).toString("base64url")}`;
  const lines = [
    `From: ${m.from}`,
    `To: <${m.to}>`,
    `Subject: ${m.subject}`,
    `Date: ${new Date().toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: ${m.messageId}`,
    ...(m.replyTo ? [`Reply-To: ${m.replyTo}`] : []),
    "MIME-Version: 1.0",
  ];
  for (const [k, v] of Object.entries(m.headers)) {
    assertHeaderSafe(k + v);
    lines.push(`${k}: ${encodeHeaderValue(v)}`);
  }
  lines.push(`Content-Type: multipart/alternative; boundary="${boundary}"`, "");
  return (
    lines.join("\r\n") +
    `\r\n--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(m.text)}` +
    `\r\n--${boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(m.html)}` +
    `\r\n--${boundary}--\r\n`
  );
}
