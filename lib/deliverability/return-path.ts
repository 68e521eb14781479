// The VERP return path: every newsletter message's envelope sender is bounces+<recipientId>-<sig>@domain,
// so a DSN that comes back names, with a signature, the exact ledger row it is about.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { sign } from "../server/crypto";
import { env } from "../server/env";

const SIG_HEX = 16;

function signature(recipientId: string): string {
  return Buffer.from(sign("verp", recipientId), "base64url").toString("hex").slice(0, SIG_HEX);
}

/** The return-path domain: BOUNCE_DOMAIN, else the sender's own domain (keeps SPF aligned with From). */
export function returnPathDomain(senderAddress: string): string {
  return (env.BOUNCE_DOMAIN ?? senderAddress.split("@").pop() ?? "localhost").toLowerCase();
}

/** `bounces+<recipientId>-<sig>@domain` for one ledger row. */
export function verpAddress(recipientId: string, senderAddress: string): string {
  return `bounces+${recipientId.toLowerCase()}-${signature(recipientId.toLowerCase())}@${returnPathDomain(senderAddress)}`;
}

/** The ledger row id in a signed VERP local part, or null. */
export function verifyVerpLocalPart(localPart: string): string | null {
  const m = /^bounces\+([a-z0-9]{1,40})-([0-9a-f]+)$/.exec(localPart.toLowerCase());
  if (!m) return null;
  const expected = Buffer.from(signature(m[1]!));
  const given = Buffer.from(m[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? m[1]! : null;
}
