// Preparing a send: each variant (free, member) rendered once per email and process, the sender's
// headers encoded once; then one recipient's message by substitution (no React per recipient).
import "server-only";
import { db } from "../server/db";
import { defaultFrom } from "../mail/send";
import type { MailMessage } from "../mail/messenger";
import { personalize, renderIssueVariant, type RenderedIssue } from "./issue-email";
import { buildRawMessage, encodeAddressHeader, encodeHeaderValue, envelopeAddress } from "./mime";

export type Prepared = {
  free: RenderedIssue;
  member: RenderedIssue;
  from: string;
  replyTo?: string;
  newsletterId: string;
  fromHeader: string;
  replyToHeader?: string;
  envelopeFrom: string;
  subjectHeader: string;
};

export type Recipient = { id: string; address: string; name: string | null; memberId: string | null; variant: "free" | "member"; attempts: number };

const prepared = new Map<string, Promise<Prepared>>();

/** The rendered variants of a send, cached for the few sends a worker works on at once. */
export function prepareSend(emailId: string): Promise<Prepared> {
  let p = prepared.get(emailId);
  if (!p) {
    p = (async () => {
      const email = await db.email.findUniqueOrThrow({ where: { id: emailId }, select: { issueId: true, newsletterId: true, trackClicks: true, trackOpens: true } });
      const opts = { emailId, trackClicks: email.trackClicks, trackOpens: email.trackOpens };
      // Link rows are upserted by whoever renders first; a concurrent worker may race on the unique key.
      const render = async (v: "free" | "member") => {
        try {
          return await renderIssueVariant(email.issueId, v, opts);
        } catch {
          return renderIssueVariant(email.issueId, v, opts);
        }
      };
      const free = await render("free");
      const member = await render("member");
      const sender = await defaultFrom();
      return {
        free,
        member,
        from: sender.from,
        replyTo: sender.replyTo,
        newsletterId: email.newsletterId,
        fromHeader: encodeAddressHeader(sender.from),
        replyToHeader: sender.replyTo ? encodeAddressHeader(sender.replyTo) : undefined,
        envelopeFrom: envelopeAddress(sender.from),
        subjectHeader: encodeHeaderValue(free.subject),
      };
    })();
    prepared.set(emailId, p);
    p.catch(() => prepared.delete(emailId));
    if (prepared.size > 8) prepared.delete(prepared.keys().next().value!);
  }
  return p;
}

/** Drops a finished send's rendering. */
export function forgetPreparedSend(emailId: string): void {
  prepared.delete(emailId);
}

/** One recipient's message: the variant with their name, links and Message-ID filled in. */
export function messageFor(r: Recipient, p: Prepared): MailMessage {
  const variant = r.variant === "member" ? p.member : p.free;
  const msg = personalize(variant, { id: r.id, name: r.name, memberId: r.memberId, newsletterId: p.newsletterId, address: r.address });
  return {
    to: r.address,
    from: p.from,
    replyTo: p.replyTo,
    subject: variant.subject,
    html: msg.html,
    text: msg.text,
    headers: msg.headers,
    messageId: msg.messageId,
    raw: () => ({
      envelopeFrom: p.envelopeFrom,
      data: buildRawMessage({ from: p.fromHeader, replyTo: p.replyToHeader, to: r.address, subject: p.subjectHeader, messageId: msg.messageId, headers: msg.headers, html: msg.html, text: msg.text }),
    }),
  };
}
