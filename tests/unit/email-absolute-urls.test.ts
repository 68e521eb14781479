// Every sent email (each transactional template and both issue variants) carries only absolute links
// and images, the logo as the masthead and the accent colour from settings.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { cleanupSeed, seedSend, type Seeded } from "../support/send-fixtures";
import { loadSendWorker, runSendUntilDone } from "../support/send-helpers";

let capture: SmtpCapture;
let db: typeof import("@/lib/server/db").db;
let outbox: typeof import("@/lib/mail/outbox");
let settings: typeof import("@/lib/settings/settings");
let urls: typeof import("@/lib/mail/absolute-urls");
let seed: Seeded;
const APP = () => process.env.APP_URL!.replace(/\/$/, "");
const LOGO = "/uploads/0123456789abcdef01234567.png";
const COVER = "/uploads/cccccccccccccccccccccccc.png";
const uploads = mkdtempSync(path.join(tmpdir(), "wo-abs-"));
process.env.UPLOAD_DIR = uploads;
let coverArticleId = "";

beforeAll(async () => {
  capture = await startSmtpCapture();
  process.env.SMTP_URL = `smtp://127.0.0.1:${capture.port}?ignoreTLS=true`;
  ({ db } = await import("@/lib/server/db"));
  outbox = await import("@/lib/mail/outbox");
  settings = await import("@/lib/settings/settings");
  urls = await import("@/lib/mail/absolute-urls");
  await settings.saveSettingsUnchecked({ logoUrl: LOGO, emailHeader: "logo", accentColor: "#116644", emailFont: "serif", emailFooter: "Written in Prague." });
  seed = await seedSend(db, { subscribers: 2, members: 1 });
  // A linked article with a cover: the issue shows it as the feature image (design setting on).
  await sharp({ create: { width: 800, height: 400, channels: 3, background: "#888888" } }).png().toFile(path.join(uploads, path.basename(COVER)));
  const linked = await db.article.create({
    data: { slug: `abs-cover-${process.pid}`, title: "Covered", excerpt: "x", body: "x", coverImage: COVER, status: "published", publishedAt: new Date() },
    select: { id: true },
  });
  coverArticleId = linked.id;
  await db.issueArticle.create({ data: { issueId: seed.issueId, articleId: linked.id, position: 0 } });
  // Editors write site-relative Markdown: an uploaded image and a link to an article.
  await db.issueSection.create({
    data: { issueId: seed.issueId, position: 5, heading: "Pictures", visibility: "public", body: "![A chart](/uploads/aaaaaaaaaaaaaaaaaaaaaaaa.png)\n\nSee [the long read](/articles/long-read)." },
  });
});

afterAll(async () => {
  await settings.saveSettingsUnchecked({ logoUrl: "", emailHeader: "title", accentColor: "#8a1c1c", emailFont: "sans", emailFooter: "" });
  await db.outboxMessage.deleteMany({ where: { to: { endsWith: "@abs.test" } } });
  await cleanupSeed(db, seed);
  await db.article.deleteMany({ where: { id: coverArticleId } });
  rmSync(uploads, { recursive: true, force: true });
  await capture.close();
});

function expectAllAbsolute(html: string, text: string) {
  expect(urls.relativeUrlsIn(html)).toEqual([]);
  // the plain-text part lists link targets too: none may start with "/"
  expect(text).not.toMatch(/[[(<\s]\/(?:uploads|articles|archive|unsubscribe|signin|r|o)\b/);
}

describe("email URLs", () => {
  it("absolutizes relative href, src and srcset, and leaves schemes and placeholders alone", () => {
    const out = urls.absolutizeEmailHtml(
      `<a href="/a?x=1&amp;y=2">a</a><img src="/uploads/x.png" srcset="/uploads/x.png 1x, /uploads/x@2.png 2x"><a href="mailto:a@b.c">m</a><a href="%%UNSUBSCRIBE_URL%%">u</a><a href="https://e.org/">e</a>`,
      "https://news.example",
    );
    expect(out).toContain('href="https://news.example/a?x=1&amp;y=2"');
    expect(out).toContain('src="https://news.example/uploads/x.png"');
    expect(out).toContain('srcset="https://news.example/uploads/x.png 1x, https://news.example/uploads/x@2.png 2x"');
    expect(out).toContain('href="mailto:a@b.c"');
    expect(out).toContain('href="%%UNSUBSCRIBE_URL%%"');
    expect(urls.relativeUrlsIn(out)).toEqual([]);
    expect(urls.relativeUrlsIn('<img src="/x.png"><a href="rel/page">')).toEqual(['src="/x.png"', 'href="rel/page"']);
  });

  it("every transactional email has only absolute URLs, the logo masthead and the accent colour", async () => {
    const member = await db.member.findFirstOrThrow({ where: { email: { endsWith: `@${seed.domain}` } } });
    const jobs: [string, Parameters<typeof outbox.enqueueEmail>[2], unknown][] = [
      ["signin@abs.test", "sign-in", { url: `${APP()}/signin/verify?token=t`, code: "123456", expiresMinutes: 15 }],
      ["confirm@abs.test", "confirm-subscription", { confirmUrl: `${APP()}/subscribe/confirm?token=t`, newsletters: ["Weekly Outlook"], ttlHours: 48 }],
      ["welcome@abs.test", "welcome", { memberId: member.id, newsletterId: seed.newsletterId, newsletters: ["Weekly Outlook"] }],
      ["manage@abs.test", "manage-access", { manageUrl: `${APP()}/manage?token=t` }],
      ["prefs@abs.test", "preferences-link", { memberId: member.id, newsletterId: seed.newsletterId }],
      ["smtp@abs.test", "smtp-test", { requestedBy: "vitest" }],
    ];
    // A new template must join this list: every kind of email is checked.
    const { templates } = await import("@/lib/mail/templates");
    expect(jobs.map((j) => j[1]).sort()).toEqual(Object.keys(templates).sort());
    for (const [to, template, payload] of jobs) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each payload matches its template above
      await db.$transaction((tx) => outbox.enqueueEmail(tx, to, template, payload as any));
    }
    await outbox.drainOutbox();
    for (const [to] of jobs) {
      const mail = await capture.waitFor((m) => m.to.includes(to));
      expectAllAbsolute(mail.html, mail.text);
      expect(mail.html).toContain(`src="${APP()}${LOGO}"`);
      expect(mail.html.toLowerCase()).toContain("#116644");
      expect(mail.html).toContain("Georgia");
      expect(mail.html).toContain("Written in Prague.");
      expect(mail.html).toContain('name="color-scheme" content="light dark"');
    }
  });

  it("both issue variants reach subscribers with absolute body images, links and logo", async () => {
    const create = await import("@/lib/sends/create-send");
    const worker = await loadSendWorker();
    const emailId = await create.startSend(seed.issueId, null);
    await runSendUntilDone(db, worker, emailId);
    const sent = capture.messages.filter((m) => m.to[0]?.endsWith(`@${seed.domain}`));
    expect(sent).toHaveLength(2);
    for (const mail of sent) {
      expectAllAbsolute(mail.html, mail.text);
      expect(mail.html).toContain(`src="${APP()}/uploads/aaaaaaaaaaaaaaaaaaaaaaaa.png"`);
      expect(mail.html).toContain(`src="${APP()}${LOGO}"`);
      // the linked article's cover, sized for the 552 px column (800×400 → 552×276)
      const img = mail.html.match(/<img [^>]*>/g)?.find((t) => t.includes(`src="${APP()}${COVER}"`));
      expect(img).toContain('width="552"');
      expect(img).toContain('height="276"');
    }
  });
});
