// Delivering one recipient: hand the message to the messenger and say what happened, as an outcome
// the ledger records, with the VERP return path of lib/deliverability. Throttling hooks in here (before `send`).
import "server-only";
import { classifySmtpError, getMessenger, type DeliveryOutcome, type MailMessage, type Messenger } from "../mail/messenger";
import { verpAddress } from "../deliverability/return-path";
import { messageFor, type Prepared, type Recipient } from "./prepare";

/** A recipient's answered delivery, as the ledger records it (`attempts` counted after this one). */
export type Outcome =
  | { id: string; kind: "submitted" }
  | { id: string; kind: "deferred"; error: string; countsAttempt: boolean; attempts: number }
  | { id: string; kind: "failed"; error: string; address: string; hardBounce: boolean }
  | { id: string; kind: "uncertain"; error: string };

export function toOutcome(r: Recipient, d: DeliveryOutcome): Outcome {
  switch (d.kind) {
    case "accepted":
      return { id: r.id, kind: "submitted" };
    case "rejected":
      return { id: r.id, kind: "failed", error: d.error, address: r.address, hardBounce: d.hardBounce };
    case "deferred":
      return { id: r.id, kind: "deferred", error: d.error, countsAttempt: d.countsAttempt, attempts: d.countsAttempt ? r.attempts + 1 : r.attempts };
    case "uncertain":
      return { id: r.id, kind: "uncertain", error: d.error };
  }
}

/** The message with its VERP return path: a bounce names (with a signature) this ledger row. */
function withReturnPath(r: Recipient, msg: MailMessage): MailMessage {
  const raw = msg.raw;
  if (!raw) return msg;
  return { ...msg, raw: () => {
    const built = raw();
    return { ...built, envelopeFrom: verpAddress(r.id, built.envelopeFrom) };
  } };
}

/** Never throws: a failure of any kind is an outcome. */
export async function deliver(r: Recipient, p: Prepared, messenger: Messenger = getMessenger()): Promise<Outcome> {
  try {
    return toOutcome(r, await messenger.send(withReturnPath(r, messageFor(r, p))));
  } catch (e) {
    // The mailbox write (or building the message) threw: classified like an SMTP error without a code.
    return toOutcome(r, classifySmtpError(e));
  }
}
