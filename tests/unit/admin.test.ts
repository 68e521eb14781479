// Admin domain modules: CSV parsing and import, article saves, issue numbering, membership changes,
// and that every admin data function refuses a caller who is not an editor.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const auth = vi.hoisted(() => ({ viewer: null as null | { id: string; email: string; isEditor: boolean; isAdmin: boolean } }));
vi.mock("@/lib/auth/guards", () => {
  const guard = (admin: boolean) => async () => {
    const v = auth.viewer;
    if (!v || !v.isEditor || (admin && !v.isAdmin)) throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
    return { ...v, name: null, role: v.isAdmin ? "admin" : "editor", level: "paid" as const, isMember: true, isPaid: true, isSubscriber: false, membershipExpiresAt: null, sessionId: "s" };
  };
  return { requireEditor: guard(false), requireAdmin: guard(true), requireViewer: guard(false), getViewer: async () => auth.viewer };
});

let db: typeof import("@/lib/server/db").db;
const tag = `adm${Date.now().toString(36)}`;
const tmp = path.resolve(".tmp", "admin-test");
let editorId: string;

beforeAll(async () => {
  ({ db } = await import("@/lib/server/db"));
  mkdirSync(tmp, { recursive: true });
  const editor = await db.member.create({ data: { email: `${tag}-editor@example.test`, role: "editor" } });
  editorId = editor.id;
  auth.viewer = { id: editor.id, email: editor.email, isEditor: true, isAdmin: false };
  if (!(await db.newsletter.findFirst({ where: { status: "active" } }))) await db.newsletter.create({ data: { slug: "weekly-outlook", name: "Weekly Outlook" } });
});

afterAll(async () => {
  await db.member.deleteMany({ where: { email: { contains: tag } } });
  await db.article.deleteMany({ where: { title: { contains: tag } } });
  await db.auditLog.deleteMany({ where: { actorId: editorId } });
});

describe("CSV reader", () => {
  it("parses quotes, doubled quotes, delimiters and line breaks inside quotes", async () => {
    const { parseCsvRecord, readCsv, sniffDelimiter } = await import("@/lib/server/csv");
    expect(parseCsvRecord('a,"b,c","say ""hi"""')).toEqual(["a", "b,c", 'say "hi"']);
    expect(parseCsvRecord('"open')).toBeNull();
    expect(sniffDelimiter("email;name;note")).toBe(";");
    const file = path.join(tmp, "quotes.csv");
    writeFileSync(file, '\ufeffemail,name\r\n"x@y.test","Line one\nline two"\r\n\r\nz@y.test,Zed\r\n');
    const recs = [];
    for await (const r of readCsv(file)) recs.push(r);
    expect(recs).toEqual([
      { line: 1, fields: ["email", "name"] },
      { line: 2, fields: ["x@y.test", "Line one\nline two"] },
      { line: 5, fields: ["z@y.test", "Zed"] },
    ]);
  });

  it("escapes CSV output and defuses spreadsheet formulas", async () => {
    const { csvField } = await import("@/lib/server/csv");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
  });
});

describe("CSV import", () => {
  it("imports with a BOM, merges duplicates, reports bad lines, keeps unsubscribes, records consent", async () => {
    const { importCsvUnchecked } = await import("@/lib/members/import");
    const nl = (await db.newsletter.findFirst({ where: { status: "active" }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] }))!;
    const gone = await db.member.create({ data: { email: `${tag}-gone@example.test`, name: "Gone" } });
    await db.subscription.create({ data: { memberId: gone.id, newsletterId: nl.id, status: "unsubscribed", unsubscribedAt: new Date() } });
    const lines = [
      "\ufeffEmail,Name,Note",
      `${tag}-a@example.test,Alice,first`,
      `${tag.toUpperCase()}-A@EXAMPLE.TEST,,dup`, // duplicate of line 2 (case)
      `not-an-email,Bob,`,
      `,NoEmail,`,
      `"${tag}-b@example.test","Bee, B.",`,
      `${tag}-gone@example.test,Gone again,`,
      `"${tag}-broken@example.test,unterminated`,
    ];
    const file = path.join(tmp, "import.csv");
    writeFileSync(file, lines.join("\n") + "\n");
    const r = await importCsvUnchecked(file, { emailColumn: 0, nameColumn: 1, noteColumn: 2, hasHeader: true, consent: "consented", membership: "keep", actorId: editorId });
    expect(r.rows).toBe(7);
    expect(r.created).toBe(2);
    expect(r.updated).toBe(1);
    expect(r.duplicates).toBe(1);
    expect(r.invalid).toBe(3);
    expect(r.errors.map((e) => e.line)).toEqual([4, 5, 8]);
    expect(r.keptUnsubscribed).toBe(1);
    expect(r.subscribed).toBe(2);
    const a = await db.member.findUniqueOrThrow({ where: { email: `${tag}-a@example.test` }, include: { subscriptions: true, subscribeEvents: true } });
    expect(a.name).toBe("Alice");
    expect(a.subscriptions[0]).toMatchObject({ status: "active", source: "import" });
    expect(a.subscribeEvents[0]).toMatchObject({ type: "imported", source: "import", toStatus: "active", actorId: editorId });
    expect((await db.member.findUniqueOrThrow({ where: { email: `${tag}-b@example.test` } })).name).toBe("Bee, B.");
    const g = await db.subscription.findFirstOrThrow({ where: { memberId: gone.id } });
    expect(g.status).toBe("unsubscribed");
    // importing the same file again changes nothing and creates nobody
    const again = await importCsvUnchecked(file, { emailColumn: 0, nameColumn: 1, noteColumn: 2, hasHeader: true, consent: "consented", membership: "keep", actorId: editorId });
    expect(again.created).toBe(0);
    expect(again.subscribed).toBe(0);
  });
});

describe("articles", () => {
  it("generates unique slugs, computes reading time and search text, audits", async () => {
    const { saveArticle } = await import("@/lib/content/article-editor");
    const body = Array.from({ length: 460 }, () => "word").join(" ");
    const one = await saveArticle({ title: `Élan ${tag}`, excerpt: "The EXCERPT", body, status: "draft" });
    const two = await saveArticle({ title: `Élan ${tag}`, excerpt: "", body: "x", status: "draft" });
    expect(one.ok && two.ok).toBe(true);
    if (!one.ok || !two.ok) return;
    expect(one.slug).toBe(`elan-${tag}`);
    expect(two.slug).toBe(`elan-${tag}-2`);
    const row = await db.article.findUniqueOrThrow({ where: { id: one.id } });
    expect(row.readingMinutes).toBe(2);
    expect(row.searchText).toBe(`élan ${tag} the excerpt`);
    expect(await db.auditLog.count({ where: { entityId: one.id, action: "article.create", actorId: editorId } })).toBe(1);
    const clash = await saveArticle({ id: two.id, title: `Élan ${tag}`, slug: one.slug, status: "draft" });
    expect(clash.ok).toBe(false);
    const sched = await saveArticle({ id: two.id, title: `Élan ${tag}`, status: "scheduled" });
    expect(sched.ok).toBe(false);
    const pub = await saveArticle({ id: two.id, title: `Élan ${tag}`, status: "published", visibility: "members" });
    expect(pub.ok && pub.revalidate).toEqual(expect.arrayContaining([`/articles/${two.slug}`, "/archive", "/feed.xml", "/sitemap.xml", "/"]));
    // autosave never publishes or unpublishes
    const auto = await saveArticle({ id: two.id, title: `Élan ${tag}`, status: "draft" }, { autosave: true });
    expect(auto.ok && auto.status).toBe("published");
  });
});

describe("issues", () => {
  it("numbers issues one after another", async () => {
    const { createIssue } = await import("@/lib/content/issue-editor");
    const a = await createIssue();
    const b = await createIssue();
    const [ia, ib] = await Promise.all([db.issue.findUniqueOrThrow({ where: { id: a } }), db.issue.findUniqueOrThrow({ where: { id: b } })]);
    expect(ib.number).toBe(ia.number + 1);
    await db.issue.deleteMany({ where: { id: { in: [a, b] } } });
  });
});

describe("membership", () => {
  it("grants, extends and revokes, with audit rows", async () => {
    const { changeMembership } = await import("@/lib/members/directory");
    const m = await db.member.create({ data: { email: `${tag}-m@example.test` } });
    expect((await changeMembership({ memberId: m.id, op: "grant", months: 1 })).ok).toBe(true);
    const g = await db.member.findUniqueOrThrow({ where: { id: m.id } });
    expect(g.membershipTier).toBe("member");
    expect((await changeMembership({ memberId: m.id, op: "extend", months: 12 })).ok).toBe(true);
    const e = await db.member.findUniqueOrThrow({ where: { id: m.id } });
    expect(e.membershipExpiresAt!.getTime() - g.membershipExpiresAt!.getTime()).toBeGreaterThan(360 * 86_400_000);
    expect((await changeMembership({ memberId: m.id, op: "revoke" })).ok).toBe(true);
    expect((await db.member.findUniqueOrThrow({ where: { id: m.id } })).membershipTier).toBe("free");
    expect(await db.auditLog.count({ where: { entityId: m.id, action: { startsWith: "membership." } } })).toBe(3);
  });
});

describe("guards", () => {
  it("every admin data function refuses a reader", async () => {
    const prev = auth.viewer;
    auth.viewer = { id: "reader", email: "r@example.test", isEditor: false, isAdmin: false };
    try {
      const articles = await import("@/lib/content/article-editor");
      const issues = await import("@/lib/content/issue-editor");
      const members = await import("@/lib/members/directory");
      const comments = await import("@/lib/comments/moderation");
      const dash = await import("@/lib/stats/dashboard");
      const settings = await import("@/lib/settings/edit");
      const csv = await import("@/lib/members/import");
      const calls: Array<() => Promise<unknown>> = [
        () => articles.listArticlesAdmin({}), () => articles.getArticleForEdit("x"), () => articles.saveArticle({ title: "t" }),
        () => articles.deleteArticle("x"), () => articles.previewMarkdown("x"), () => articles.listTaxonomy(),
        () => issues.listIssuesAdmin(), () => issues.createIssue(), () => issues.getIssueForEdit("x"), () => issues.saveIssue({}),
        () => issues.setIssueStatus("x", { op: "publish" }), () => issues.deleteIssue("x"), () => issues.previewIssueWeb("x"),
        () => members.listMembersAdmin({}), () => members.getMemberDetail("x"), () => members.changeMembership({}), () => members.unsubscribeMember("x"),
        () => members.deleteMember("x"), () => members.addMember({}), () => members.exportMembersCsv({}),
        () => comments.listCommentsForModeration("reported"), () => comments.moderateComment("x", "hide"),
        () => dash.dashboardSummary(), () => dash.growthSeries(),
        () => settings.getSettingsForAdmin(), () => settings.saveSettings({}), () => settings.testSmtpConnection(), () => settings.setStaffRole("a@b.c", "admin"),
        () => csv.previewImport("0".repeat(32)), () => csv.importCsv("0".repeat(32), { emailColumn: 0, nameColumn: -1, noteColumn: -1, hasHeader: true, consent: "none", membership: "keep" }),
      ];
      for (const call of calls) await expect(call()).rejects.toThrow(/403/);
      // settings are admin-only: an editor is refused too
      auth.viewer = { id: "ed", email: "e@example.test", isEditor: true, isAdmin: false };
      await expect(settings.getSettingsForAdmin()).rejects.toThrow(/403/);
      await expect(settings.setStaffRole("a@b.c", "admin")).rejects.toThrow(/403/);
    } finally {
      auth.viewer = prev;
    }
  });
});
