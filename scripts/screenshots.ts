// `npm run screenshots`: every route of a running server (BASE_URL, default http://127.0.0.1:3000) at
// 1280 and 375 px, as an anonymous visitor and, for /admin and /account, signed in as an editor or
// admin (a session row written into the same DATABASE_URL, removed at the end), into
// .tmp/screenshots/<width>/<name>.png. Debian's Chromium; console errors (a hydration error, a failed
// script) are printed per page (the browser runs in another time zone and locale than the server,
// so a date formatted differently on both sides shows as a hydration error) and make the exit code 1, so a broken page cannot pass unnoticed.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";

const BASE = (process.env.BASE_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const OUT = path.resolve(process.env.SCREENSHOT_DIR ?? ".tmp/screenshots");
const WIDTHS = [1280, 375];
const ONLY = process.env.ONLY ? new RegExp(process.env.ONLY) : null;

async function main() {
  process.env.WORKER_IN_PROCESS = "false";
  const { db } = await import("../lib/server/db");
  const { unsubscribeSignature } = await import("../lib/subscriptions/unsubscribe-links");

  const first = async <T,>(p: Promise<T | null>) => (await p) ?? null;
  const article = await first(db.article.findFirst({ where: { status: "published" }, orderBy: { publishedAt: "desc" }, select: { id: true, slug: true } }));
  const draft = await first(db.article.findFirst({ select: { id: true } }));
  const author = await first(db.author.findFirst({ select: { id: true, slug: true } }));
  const topic = await first(db.topic.findFirst({ select: { id: true, slug: true } }));
  const issue = await first(db.issue.findFirst({ where: { status: { in: ["published", "sent"] } }, orderBy: { number: "desc" }, select: { id: true, number: true } }));
  const anyIssue = await first(db.issue.findFirst({ orderBy: { number: "desc" }, select: { id: true } }));
  const send = await first(db.email.findFirst({ orderBy: { createdAt: "desc" }, select: { id: true } }));
  const member = await first(db.member.findFirst({ where: { role: "reader" }, select: { id: true } }));
  const mail = await first(db.mailboxMessage.findFirst({ select: { id: true } }));
  const sub = await first(db.subscription.findFirst({ where: { status: "active" }, select: { memberId: true, newsletterId: true } }));
  const admin = await db.member.findFirst({ where: { role: "admin" }, select: { id: true } });
  if (!admin) throw new Error("no admin in the database: seed it first (npm run db:seed)");

  const pub: Array<[string, string]> = [
    ["home", "/"],
    ["latest-2", "/latest/2"],
    ["topics", "/topics"],
    ["authors", "/authors"],
    ["archive", "/archive"],
    ["search", "/search"],
    ["search-energy", "/search?q=energy"],
    ["search-none", "/search?q=zzzxq"],
    ["subscribe", "/subscribe"],
    ["subscribe-check-email", "/subscribe/check-email"],
    ["subscribe-thanks", "/subscribe/thanks"],
    ["subscribe-confirm-invalid", "/subscribe/confirm?token=x"],
    ["signin", "/signin"],
    ["signin-check-inbox", "/signin/check-inbox"],
    ["signin-verify", "/signin/verify"],
    ["signin-error", "/signin/error?error=Verification"],
    ["signout", "/signout"],
    ["manage-invalid", "/manage?token=x"],
    ["manage-deleted", "/manage/deleted"],
    ["unsubscribe-invalid", "/unsubscribe?m=x&n=y&s=z"],
    ["not-found", "/no-such-page"],
  ];
  if (article) pub.push(["article", `/articles/${article.slug}`]);
  if (author) pub.push(["author", `/authors/${author.slug}`]);
  if (topic) pub.push(["topic", `/topics/${topic.slug}`]);
  if (issue) pub.push(["issue", `/archive/${issue.number}`]);
  if (sub) pub.push(["unsubscribe", `/unsubscribe?m=${sub.memberId}&n=${sub.newsletterId}&s=${unsubscribeSignature(sub.memberId, sub.newsletterId)}`]);

  const adm: Array<[string, string]> = [
    ["account", "/account"],
    ["admin-dashboard", "/admin"],
    ["admin-articles", "/admin/articles"],
    ["admin-article-new", "/admin/articles/new"],
    ["admin-issues", "/admin/issues"],
    ["admin-members", "/admin/members"],
    ["admin-member-new", "/admin/members/new"],
    ["admin-members-import", "/admin/members/import"],
    ["admin-comments", "/admin/comments"],
    ["admin-authors", "/admin/authors"],
    ["admin-topics", "/admin/topics"],
    ["admin-mailbox", "/admin/mailbox"],
    ["admin-settings", "/admin/settings"],
  ];
  if (draft) adm.push(["admin-article", `/admin/articles/${draft.id}`]);
  if (anyIssue) adm.push(["admin-issue", `/admin/issues/${anyIssue.id}`], ["admin-issue-send", `/admin/issues/${anyIssue.id}/send`]);
  if (send) adm.push(["admin-send", `/admin/sends/${send.id}`]);
  if (member) adm.push(["admin-member", `/admin/members/${member.id}`]);
  if (mail) adm.push(["admin-mail", `/admin/mailbox/${mail.id}`]);
  if (author) adm.push(["admin-author", `/admin/authors/${author.id}`]);
  if (topic) adm.push(["admin-topic", `/admin/topics/${topic.id}`]);

  const token = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken: token, memberId: admin.id, expires: new Date(Date.now() + 3600_000) } });
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-crash-reporter", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"],
  });
  let problems = 0;
  try {
    for (const width of WIDTHS) {
      mkdirSync(path.join(OUT, String(width)), { recursive: true });
      for (const [signedIn, routes] of [[false, pub], [true, adm]] as const) {
        const ctx: BrowserContext = await browser.newContext({ viewport: { width, height: width > 600 ? 900 : 812 }, deviceScaleFactor: 1, locale: width > 600 ? "en-US" : "pl-PL", timezoneId: width > 600 ? "America/New_York" : "Europe/Warsaw" });
        if (signedIn) await ctx.addCookies([{ name: "next-auth.session-token", value: token, url: BASE, httpOnly: true, sameSite: "Lax" }]);
        for (const [name, route] of routes) {
          if (ONLY && !ONLY.test(name)) continue;
          const page = await ctx.newPage();
          const errors: string[] = [];
          page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
          page.on("pageerror", (e) => errors.push(e.message));
          page.on("response", (r) => { if (r.status() >= 400 && r.url() !== BASE + route) errors.push(`${r.status()} ${r.url()}`); });
          const res = await page.goto(BASE + route, { waitUntil: "load" });
          // Islands fetch after load; a page that keeps a connection open still gets its picture.
          await page.waitForLoadState("networkidle", { timeout: 5000 }).catch(() => undefined);
          const file = path.join(OUT, String(width), `${name}.png`);
          await page.screenshot({ path: file, fullPage: true });
          const status = res?.status() ?? 0;
          // Only the deliberate 404 page and invalid-link pages may answer 4xx.
          const expected4xx = name === "not-found";
          // An anonymous visitor's members-only island is answered 401 by design (it then shows the teaser).
          const bad = errors.filter((e) => !(expected4xx && /404/.test(e)) && !/^Failed to load resource/.test(e) && !(!signedIn && /^401 .*\/api\/members-content\//.test(e)));
          if (bad.length || (status >= 400 && !expected4xx)) problems++;
          console.log(`${width} ${status} ${name.padEnd(28)} ${route}${bad.length ? `\n    console: ${bad.join("\n    console: ")}` : ""}`);
          await page.close();
        }
        await ctx.close();
      }
    }
  } finally {
    await browser.close();
    await db.session.deleteMany({ where: { sessionToken: token } });
    await db.$disconnect();
  }
  console.log(`screenshots in ${OUT}; ${problems} page(s) with errors`);
  process.exit(problems ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
