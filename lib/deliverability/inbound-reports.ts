// Reading delivery-status notifications (RFC 3464) and feedback reports (ARF, RFC 5965) with mailparser:
// the machine-readable part's fields, the original message's Message-ID, and a classification of each
// recipient's status into a DeliveryReport. Mail that is neither is not guessed at.
import "server-only";
import { createHash } from "node:crypto";
import { simpleParser, type Attachment } from "mailparser";
import type { DeliveryEventType, DeliveryReport } from "./events";

type Fields = Map<string, string>;

/** "Name: value" groups separated by blank lines (continuation lines folded), names lower-cased. */
export function parseFieldGroups(text: string): Fields[] {
  const groups: Fields[] = [];
  let current: Fields = new Map();
  let last = "";
  for (const line of text.replace(/\r\n/g, "\n").split("\n")) {
    if (line.trim() === "") {
      if (current.size) groups.push(current);
      current = new Map();
      last = "";
      continue;
    }
    if (/^[ \t]/.test(line) && last) {
      current.set(last, `${current.get(last)} ${line.trim()}`);
      continue;
    }
    const i = line.indexOf(":");
    if (i <= 0) continue;
    last = line.slice(0, i).trim().toLowerCase();
    // a repeated field (e.g. several Original-Rcpt-To) keeps the first
    if (!current.has(last)) current.set(last, line.slice(i + 1).trim());
  }
  if (current.size) groups.push(current);
  return groups;
}

/** The address of "rfc822; jane@example.org" (or a bare one). */
function addressOf(v: string | undefined): string {
  if (!v) return "";
  const after = v.includes(";") ? v.slice(v.indexOf(";") + 1) : v;
  return (/<([^>]+)>/.exec(after)?.[1] ?? after).trim().toLowerCase();
}

const HARD_TEXT = /user unknown|unknown user|does not exist|no such (user|mailbox|recipient)|recipient not found|invalid (recipient|mailbox|address)|unknown recipient|mailbox unavailable|address rejected|RecipientNotFound|account (is )?disabled/i;

/**
 * What one DSN recipient block means. Hard: the address is gone (5.1.x, 5.2.1, or 5.0.0 with words that
 * say so). Soft: it failed for now — full mailbox, policy or content block, system trouble, or a 4.x.x
 * after the sender gave up. "delayed" is not a bounce (the MTA is still trying).
 */
export function classifyDsnRecipient(action: string, status: string, diagnostic: string): DeliveryEventType | null {
  const a = action.toLowerCase();
  if (a === "delivered") return "delivered";
  if (a !== "failed") return null;
  const m = /^([245])\.(\d{1,3})\.(\d{1,3})/.exec(status.trim());
  if (!m) return HARD_TEXT.test(diagnostic) ? "bounce_hard" : "bounce_soft";
  const [cls, subject, detail] = [m[1], Number(m[2]), Number(m[3])];
  if (cls !== "5") return "bounce_soft";
  if (subject === 1) return "bounce_hard";
  if (subject === 2 && detail === 1) return "bounce_hard";
  if (subject === 0) return HARD_TEXT.test(diagnostic) ? "bounce_hard" : "bounce_soft";
  return "bounce_soft";
}

function originalMessageId(parts: Attachment[]): string | null {
  for (const a of parts) {
    if (a.contentType === "text/rfc822-headers" || a.contentType === "message/rfc822" || a.contentType === "message/global-headers") {
      const m = /^Message-ID:\s*(<[^>\s]+>)/im.exec(a.content.toString("utf8").slice(0, 64 * 1024));
      if (m) return m[1]!;
    }
  }
  return null;
}

function originalTo(parts: Attachment[]): string {
  for (const a of parts) {
    if (a.contentType === "text/rfc822-headers" || a.contentType === "message/rfc822") {
      const m = /^To:\s*(.+)$/im.exec(a.content.toString("utf8").slice(0, 64 * 1024));
      if (m) return addressOf(m[1]);
    }
  }
  return "";
}

export type InboundReading = { kind: "dsn" | "arf" | "other"; reports: DeliveryReport[]; note: string };

/** Reads one received message. `recipientId` comes from the verified VERP address it was sent to. */
export async function readInboundMessage(raw: Buffer, recipientId: string | null): Promise<InboundReading> {
  const parsed = await simpleParser(raw, { keepDeliveryStatus: true, skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true });
  const ct = parsed.headers.get("content-type") as { value?: string; params?: Record<string, string> } | undefined;
  const reportType = ct?.value?.toLowerCase() === "multipart/report" ? (ct.params?.["report-type"] ?? "").toLowerCase() : "";
  const idBase = parsed.messageId ?? `sha256:${createHash("sha256").update(raw).digest("hex")}`;
  const parts = parsed.attachments;
  const messageId = originalMessageId(parts);

  if (reportType === "feedback-report" || parts.some((a) => a.contentType === "message/feedback-report")) {
    const fr = parts.find((a) => a.contentType === "message/feedback-report");
    const fields = fr ? (parseFieldGroups(fr.content.toString("utf8"))[0] ?? new Map<string, string>()) : new Map<string, string>();
    const feedbackType = (fields.get("feedback-type") ?? "").toLowerCase();
    // RFC 5965: abuse (and fraud, virus, other, not-spam) — only a spam complaint unsubscribes.
    if (feedbackType !== "abuse" && feedbackType !== "fraud") return { kind: "arf", reports: [], note: `feedback type "${feedbackType || "missing"}" not acted on` };
    const address = addressOf(fields.get("original-rcpt-to")) || originalTo(parts);
    return {
      kind: "arf",
      reports: [{ provider: "arf", eventId: `${idBase}:${address}`, type: "complaint", address, messageId, recipientId, summary: `ARF ${feedbackType}${fields.get("user-agent") ? ` from ${fields.get("user-agent")}` : ""}`, occurredAt: fields.get("arrival-date") ? new Date(fields.get("arrival-date")!) : undefined }],
      note: "feedback report",
    };
  }

  const ds = parts.find((a) => a.contentType === "message/delivery-status" || a.contentType === "message/global-delivery-status");
  if (reportType === "delivery-status" || ds) {
    if (!ds) return { kind: "dsn", reports: [], note: "multipart/report without a delivery-status part" };
    const [perMessage, ...perRecipient] = parseFieldGroups(ds.content.toString("utf8"));
    const reporting = perMessage?.get("reporting-mta") ?? "";
    const reports: DeliveryReport[] = [];
    for (const r of perRecipient) {
      const address = addressOf(r.get("final-recipient") ?? r.get("original-recipient"));
      if (!address) continue;
      const status = r.get("status") ?? "";
      const diagnostic = r.get("diagnostic-code") ?? "";
      const type = classifyDsnRecipient(r.get("action") ?? "", status, diagnostic);
      if (!type) continue;
      reports.push({ provider: "dsn", eventId: `${idBase}:${address}`, type, address, messageId, recipientId, summary: [r.get("action"), status, diagnostic, reporting && `(${reporting})`].filter(Boolean).join(" ") });
    }
    return { kind: "dsn", reports, note: reports.length ? "delivery-status notification" : "no failed or delivered recipient in the DSN" };
  }
  return { kind: "other", reports: [], note: "neither a DSN nor a feedback report" };
}
