// Emails as designed: the welcome and confirmation emails carry the admin's words (placeholders filled
// in, escaped), previews render unsaved copy exactly as it would be sent (admins only), bad or hostile
// copy is refused or sanitized, and the plain-text part reads well.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";

const auth = vi.hoisted(() => ({ viewer: null as null | { id: string; email: string; isEditor: boolean; isAdmin: boolean } }));
vi.mock("@/lib/auth/guards", () => {
  const guard = (admin: boolean) => async () => {
    const v = auth.viewer;
    if (!v || !v.isEditor || (admin && !v.isAdmin)) throw Object.assign(new Error("forbidden"), { digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
    return { ...v, name: null, role: v.isAdmin ? "admin" : "editor", isMember: true, membershipExpiresAt: null, sessionId: "s" };
  };
  return { requireEditor: guard(false), requireAdmin: guard(true), requireViewer: guard(false), requireMember: guard(false), getViewer: async () => auth.viewer };
});

let capture: SmtpCapture;
let db: typeof import("@/lib/server/db").db;
let outbox: typeof import("@/lib/mail/outbox");
let settings: typeof import("@/lib/settings/settings");
let copy: typeof import("@/lib/mail/transactional-copy");
let fill: typeof import("@/lib/mail/copy-fill");
let schemas: typeof import("@/lib/mail/schemas");
let urls: typeof import("@/lib/mail/absolute-urls");
const tag = `des${Date.now().toString(36)}`;
const APP = () => process.env.APP_URL!.replace(/\/$/, "");
let adminId = "";

beforeAll(async () => {
  capture = await startSmtpCapture();
  process.env.SMTP_URL = `smtp://127.0.0.1:${capture.port}?ignoreTLS=true`;
  ({ db } = await import("@/lib/server/db"));
  outbox = await import("@/lib/mail/outbox");
  settings = await import("@/lib/settings/settings");
  copy = await import("@/lib/mail/transactional-copy");
  fill = await import("@/lib/mail/copy-fill");
  schemas = await import("@/lib/mail/schemas");
  urls = await import("@/lib/mail/absolute-urls");
  const admin = await db.member.create({ data: { email: `${tag}-admin@example.test`, role: "admin" } });
  adminId = admin.id;
});

afterAll(async () => {
  const d = settings.DEFAULT_SETTINGS;
  await settings.saveSettingsUnchecked({ welcomeSubject: d.welcomeSubject, welcomeBody: d.welcomeBody, confirmSubject: d.confirmSubject, confirmBody: d.confirmBody });
  await db.outboxMessage.deleteMany({ where: { to: { endsWith: "@design.test" } } });
  await db.auditLog.deleteMany({ where: { actorId: adminId } });
  await db.member.deleteMany({ where: { email: { contains: tag } } });
  await capture.close();
});

const asAdmin = () => (auth.viewer = { id: adminId, email: `${tag}-admin@example.test`, isEditor: true, isAdmin: true });
const asEditor = () => (auth.viewer = { id: adminId, email: `${tag}-admin@example.test`, isEditor: true, isAdmin: false });

describe("placeholders", () => {
  it("fills name, publication and newsletters; a name is text, never markup or Markdown", () => {
    const html = fill.fillBodyHtml("Hi {{name}}, welcome to {{ publication }} ({{newsletters}}). {{unknown}}", {
      name: `<script>alert(1)</script>**x**`,
      publication: "Weekly Outlook",
      newsletters: ["Weekly Outlook", "Briefing"],
    });
    expect(html).toContain("Hi &lt;script&gt;alert(1)&lt;/script&gt;**x**, welcome to Weekly Outlook (Weekly Outlook, Briefing). {{unknown}}");
    expect(html).not.toContain("<script");
    expect(fill.fillSubject("Hello {{name}}", { name: undefined, publication: "P", newsletters: ["N"] })).toBe("Hello there");
    expect(fill.fillSubject("Hi {{name}}", { name: "a\r\nBcc: x@y", publication: "P", newsletters: ["N"] })).toBe("Hi a Bcc: x@y");
  });

  it("refuses empty subjects, line breaks in a subject, control characters and runaway nesting", () => {
    const bad = [
      { kind: "welcome", subject: "", body: "x" },
      { kind: "welcome", subject: "a\nb", body: "x" },
      { kind: "confirm", subject: "ok", body: "bad \u0007 bell" },
      { kind: "confirm", subject: "ok", body: ">".repeat(40) + " deep" },
      { kind: "other", subject: "ok", body: "x" },
    ];
    for (const b of bad) expect(schemas.EmailCopySchema.safeParse(b).success, JSON.stringify(b)).toBe(false);
    expect(schemas.EmailCopySchema.safeParse({ kind: "welcome", subject: "Welcome", body: "Hi {{name}}" }).success).toBe(true);
  });
});

describe("editable transactional emails", () => {
  it("previews unsaved copy as it would be sent, with the real sender; hostile Markdown is sanitized", async () => {
    asAdmin();
    const p = await copy.previewEmailCopy({
      kind: "welcome",
      subject: "Glad you are here, {{name}}",
      body: `Hi {{name}}!\n\n<img src=x onerror=alert(1)> [click](javascript:alert(1)) <iframe src="https://evil.example"></iframe>\n\n![Our team](/uploads/aaaaaaaaaaaaaaaaaaaaaaaa.png)`,
    });
    expect(p.subject).toBe("Glad you are here, Jana");
    expect(p.from).toContain(settings.DEFAULT_SETTINGS.senderEmail);
    expect(p.html).toContain("Hi Jana!");
    expect(p.html).not.toMatch(/onerror|javascript:|<iframe/i);
    expect(urls.relativeUrlsIn(p.html)).toEqual([]);
    expect(p.html).toContain(`src="${APP()}/uploads/aaaaaaaaaaaaaaaaaaaaaaaa.png"`);
    expect(p.text).toContain("[Our team]");
    expect(p.text).toMatch(new RegExp(`Read the latest <${APP()}/?>`));
    // nothing was saved by previewing
    expect((await settings.getSettings()).welcomeSubject).toBe(settings.DEFAULT_SETTINGS.welcomeSubject);
  });

  it("only admins preview or save copy", async () => {
    asEditor();
    await expect(copy.previewEmailCopy({ kind: "confirm", subject: "x", body: "y" })).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
    await expect(copy.saveEmailCopy({ kind: "confirm", subject: "x", body: "y" })).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
    auth.viewer = null;
    await expect(copy.getEmailCopyForAdmin()).rejects.toBeDefined();
  });

  it("saved copy is what subscribers get: confirmation and welcome through the outbox, absolute URLs, a readable text part", async () => {
    asAdmin();
    await copy.saveEmailCopy({ kind: "confirm", subject: "One click left, {{name}}", body: "Hello {{name}},\n\nConfirm **{{newsletters}}** below." });
    await copy.saveEmailCopy({ kind: "welcome", subject: "You are in, {{name}}", body: "Dear {{name}},\n\nWelcome to *{{publication}}*." });
    const member = await db.member.create({ data: { email: `${tag}-reader@example.test` } });
    const nl = (await db.newsletter.findFirst({ select: { id: true } })) ?? (await db.newsletter.create({ data: { slug: `nl-${tag}`, name: "Weekly Outlook" }, select: { id: true } }));
    await db.$transaction(async (tx) => {
      await outbox.enqueueEmail(tx, "confirm@design.test", "confirm-subscription", { name: "Ada", confirmUrl: `${APP()}/subscribe/confirm?token=t`, newsletters: ["Weekly Outlook"], ttlHours: 24 });
      await outbox.enqueueEmail(tx, "welcome@design.test", "welcome", { name: "Ada", memberId: member.id, newsletterId: nl.id, newsletters: ["Weekly Outlook"] });
    });
    await outbox.drainOutbox();
    const confirm = await capture.waitFor((m) => m.to.includes("confirm@design.test"));
    expect(confirm.subject).toBe("One click left, Ada");
    expect(confirm.html).toContain("<strong>Weekly Outlook</strong>");
    expect(confirm.html).toContain(`href="${APP()}/subscribe/confirm?token=t"`);
    expect(confirm.text).toContain("Hello Ada,");
    expect(confirm.text).toContain(`Confirm subscription <${APP()}/subscribe/confirm?token=t>`);
    expect(confirm.text).not.toMatch(/\n{3,}/);
    const welcome = await capture.waitFor((m) => m.to.includes("welcome@design.test"));
    expect(welcome.subject).toBe("You are in, Ada");
    expect(welcome.html).toContain("<em>Weekly Outlook</em>");
    expect(welcome.html).toContain('name="supported-color-schemes" content="light dark"');
    for (const m of [confirm, welcome]) expect(urls.relativeUrlsIn(m.html)).toEqual([]);
    const audit = await db.auditLog.count({ where: { actorId: adminId, action: "settings.email_copy" } });
    expect(audit).toBe(2);
  });
});
