// Click and open tracking for newsletter email: signed redirect tokens (never an open redirect: the
// target comes from our EmailLink row) and the open pixel, with machine opens told apart.
import "server-only";
import { db } from "../server/db";
import { parseTrackingToken } from "./issue-email";

// Apple Mail Privacy Protection, security scanners and link checkers fetch images and links
// without a person reading: they are counted apart.
const MACHINE_UA = /bot|crawl|spider|preview|scanner|proofpoint|mimecast|barracuda|symantec|curl|wget|python|go-http|java\/|headless|urlscan|safelinks/i;
const MACHINE_SECONDS = 5;
// Replays of one recipient's link or pixel (a forwarded mail, a script) are not counted without bound:
// the rates use first clicks and opens anyway; the raw events stop at these caps.
export const MAX_CLICKS_PER_RECIPIENT_LINK = 10;
export const MAX_OPENS_PER_RECIPIENT = 20;

export function isMachineAgent(userAgent: string | null): boolean {
  if (!userAgent) return true;
  if (userAgent.trim() === "Mozilla/5.0") return true; // Apple MPP's proxy
  return MACHINE_UA.test(userAgent);
}

/** Records a click and returns where to go, or null for anything that is not our signed link. */
export async function recordClick(token: string, userAgent: string | null): Promise<string | null> {
  const parsed = parseTrackingToken(token);
  if (!parsed?.recipientId) return null;
  const link = await db.emailLink.findUnique({ where: { id: parsed.id }, select: { id: true, url: true, emailId: true } });
  if (!link) return null;
  const recipient = await db.emailRecipient.findUnique({ where: { id: parsed.recipientId }, select: { id: true, emailId: true, clickedAt: true } });
  if (!recipient || recipient.emailId !== link.emailId) return null;
  if (!isMachineAgent(userAgent) && (await db.emailClick.count({ where: { linkId: link.id, recipientId: recipient.id } })) < MAX_CLICKS_PER_RECIPIENT_LINK) {
    await db.emailClick.create({ data: { linkId: link.id, recipientId: recipient.id } });
    if (!recipient.clickedAt) await db.emailRecipient.update({ where: { id: recipient.id }, data: { clickedAt: new Date() } });
  }
  return link.url;
}

/** Records an open from the pixel. Unknown or forged tokens are ignored (the gif is served anyway). */
export async function recordOpen(token: string, userAgent: string | null): Promise<void> {
  const parsed = parseTrackingToken(token);
  if (!parsed?.recipientId) return;
  const recipient = await db.emailRecipient.findUnique({ where: { id: parsed.recipientId }, select: { id: true, emailId: true, submittedAt: true, openedAt: true } });
  if (!recipient || recipient.emailId !== parsed.id) return;
  const soon = recipient.submittedAt && Date.now() - recipient.submittedAt.getTime() < MACHINE_SECONDS * 1000;
  const machine = isMachineAgent(userAgent) || Boolean(soon);
  if ((await db.emailOpen.count({ where: { emailId: recipient.emailId, recipientId: recipient.id } })) >= MAX_OPENS_PER_RECIPIENT) return;
  await db.emailOpen.create({ data: { emailId: recipient.emailId, recipientId: recipient.id, machine } });
  if (!machine && !recipient.openedAt) await db.emailRecipient.update({ where: { id: recipient.id }, data: { openedAt: new Date() } });
}
