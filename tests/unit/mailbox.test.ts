// With no SMTP configured, mail is kept in the local mailbox — never silently dropped.
import { afterAll, expect, it } from "vitest";

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
