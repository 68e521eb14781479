// Issue 10, finding 1: the local mailbox never hands someone else's sign-in link or code to staff.
// An editor cannot open it at all; an admin sees other people's mail with links and codes hidden.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { nextHeadersFor, outcomeOf, sessionFor, type RequestContext } from "../support/viewer-context";

const ctx = vi.hoisted(() => ({ token: undefined, headers: new Headers(), setCookies: new Map() }) as RequestContext);
vi.mock("next/headers", () => nextHeadersFor(ctx));
delete process.env.SMTP_URL;

const { db } = await import("@/lib/server/db");
const { getMailboxMessage, listMailbox, redactAccess, REDACTED_LINK } = await import("@/lib/mail/mailbox");

const TO = "victim-admin@mailbox-access.test";
const LINK = "http://127.0.0.1:3100/signin/verify?token=" + "ab".repeat(32) + "&email=victim-admin%40mailbox-access.test";
let id = "";

beforeAll(async () => {
  const row = await db.mailboxMessage.create({
    data: {
      to: TO,
      from: "site@example.com",
      subject: "Sign in",
      html: `<p>Your code is <b>123 456</b>.</p><a href="${LINK.replace(/&/g, "&amp;")}">Sign in</a><a href='/manage?t=secret'>Manage</a>`,
      text: `Your code is 123456.\nSign in: ${LINK}\n`,
      headers: JSON.stringify({ "List-Unsubscribe": `<${LINK}>` }),
      messageId: "<m@mailbox-access.test>",
    },
  });
  id = row.id;
});
afterAll(async () => {
  await db.mailboxMessage.deleteMany({ where: { to: { endsWith: "@mailbox-access.test" } } });
});

describe("local mailbox access", () => {
  it("an editor can neither list nor open it", async () => {
    ctx.token = (await sessionFor(db, "editor")).token;
    expect(await outcomeOf(() => listMailbox(1))).toBe("forbidden");
    expect(await outcomeOf(() => getMailboxMessage(id))).toBe("forbidden");
  });

  it("an admin sees someone else's mail without its link, code or tokens", async () => {
    ctx.token = (await sessionFor(db, "admin")).token;
    const m = await getMailboxMessage(id);
    expect(m?.redacted).toBe(true);
    const all = `${m?.html}\n${m?.text}\n${m?.headers}`;
    expect(all).not.toContain("ab".repeat(32));
    expect(all).not.toContain("secret");
    expect(all).not.toMatch(/123\s?456/);
    expect(m?.text).toContain(REDACTED_LINK);
  });

  it("the recipient reads their own mail in full", async () => {
    const s = await sessionFor(db, "admin");
    await db.mailboxMessage.update({ where: { id }, data: { to: s.email } });
    ctx.token = s.token;
    const m = await getMailboxMessage(id);
    expect(m?.redacted).toBe(false);
    expect(m?.text).toContain(LINK);
    await db.mailboxMessage.update({ where: { id }, data: { to: TO } });
  });

  it("redaction leaves ordinary text alone", () => {
    expect(redactAccess("Issue 12 of 2026, 45 readers", "text")).toBe("Issue 12 of 2026, 45 readers");
  });
});
