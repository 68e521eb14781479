// With no SMTP configured, mail is kept in the local mailbox — never silently dropped.
import { afterAll, expect, it, vi } from "vitest";

delete process.env.SMTP_URL;
const { sendEmail } = await import("@/lib/mail/send");
const { db } = await import("@/lib/server/db");

afterAll(async () => {
  await db.mailboxMessage.deleteMany({ where: { to: "kept@mailbox.test" } });
});

it("stores the message, HTML and text, in the mailbox table", async () => {
  const sent = await sendEmail({ to: "kept@mailbox.test", subject: "Hello", html: "<p>Hello <b>there</b></p>" });
  expect(sent.mailbox).toBe(true);
  const row = await db.mailboxMessage.findFirstOrThrow({ where: { messageId: sent.messageId } });
  expect(row.to).toBe("kept@mailbox.test");
  expect(row.text).toContain("Hello there");
});

it("refuses header injection in the subject", async () => {
  await expect(sendEmail({ to: "kept@mailbox.test", subject: "Hi\r\nBcc: x@y.z", html: "<p>x</p>" })).rejects.toThrow(/line break/);
});

it("on a local install prints a kept sign-in link to the server log (the mailbox itself is admin-only)", async () => {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  try {
    const link = "http://127.0.0.1:3100/signin/verify?token=t0k3n&email=kept%40mailbox.test";
    await sendEmail({ to: "kept@mailbox.test", subject: "Sign in", html: `<p><a href="${link}">${link}</a></p>` });
    expect(log.mock.calls.map((c) => String(c[0])).some((l) => l.includes("[mailbox] sign-in link for kept@mailbox.test") && l.includes("token=t0k3n"))).toBe(true);
    log.mockClear();
    await sendEmail({ to: "kept@mailbox.test", subject: "Welcome", html: "<p>No link here</p>" });
    expect(log.mock.calls.some((c) => String(c[0]).startsWith("[mailbox] sign-in link"))).toBe(false);
  } finally {
    log.mockRestore();
  }
});
