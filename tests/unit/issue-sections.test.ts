// Issue sections keep their ids across saves: the web page's `#section-…` anchors, the links in sent
// emails and members-content requests point at them. Autosave is for drafts only; saving a published
// issue names the public pages to revalidate.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const auth = vi.hoisted(() => ({ viewer: null as null | { id: string; email: string } }));
vi.mock("@/lib/auth/guards", () => {
  const viewer = () => {
    const v = auth.viewer;
    if (!v) throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
    return { ...v, name: null, role: "editor", isEditor: true, isAdmin: false, level: "paid" as const, isMember: true, isPaid: true, isSubscriber: false, membershipExpiresAt: null, sessionId: "s" };
  };
  return { requireEditor: async () => viewer(), requireAdmin: async () => viewer(), requireViewer: async () => viewer(), getViewer: async () => (auth.viewer ? viewer() : null) };
});

let db: typeof import("@/lib/server/db").db;
let editor: typeof import("@/lib/content/issue-editor");
let issues: typeof import("@/lib/content/issues");
let email: typeof import("@/lib/sends/issue-email");
let membersContent: typeof import("@/lib/content/members-content");
const tag = `sec${Date.now().toString(36)}`;
let editorId: string;
const created: string[] = [];

beforeAll(async () => {
  ({ db } = await import("@/lib/server/db"));
  editor = await import("@/lib/content/issue-editor");
  issues = await import("@/lib/content/issues");
  email = await import("@/lib/sends/issue-email");
  membersContent = await import("@/lib/content/members-content");
  const m = await db.member.create({ data: { email: `${tag}-editor@example.test`, role: "editor" } });
  editorId = m.id;
  auth.viewer = { id: m.id, email: m.email };
  if (!(await db.newsletter.findFirst({ where: { status: "active" } }))) await db.newsletter.create({ data: { slug: "weekly-outlook", name: "Weekly Outlook" } });
});

afterAll(async () => {
  await db.issue.deleteMany({ where: { id: { in: created } } });
  await db.auditLog.deleteMany({ where: { actorId: editorId } });
  await db.member.deleteMany({ where: { email: { contains: tag } } });
});

async function newIssue() {
  const id = await editor.createIssue();
  created.push(id);
  return id;
}

async function save(id: string, sections: { id?: string; heading: string; body: string; visibility: "public" | "members"; teaser?: string }[], autosave = false) {
  const r = await editor.saveIssue({ id, subject: `Subject ${tag}`, preheader: "", sections: sections.map((s) => ({ teaser: "", ...s })), articleIds: [] }, { autosave });
  if (!r.ok) throw new Error(`save failed: ${r.formError ?? JSON.stringify(r.fieldErrors)}`);
  return r;
}

describe("issue sections", () => {
  it("keep their ids, web anchors and email links when the issue is edited", async () => {
    const id = await newIssue();
    const first = (await editor.getIssueForEdit(id))!;
    const opening = first.sections[0]!;
    const r1 = await save(id, [
      { id: opening.id, heading: "Opening", body: "Public text.", visibility: "public" },
      { heading: "Analysis", body: "Members-only MARKER-ONE.\n\nMore.", visibility: "members" },
    ]);
    expect(r1.sectionIds[0]).toBe(opening.id);
    const analysisId = r1.sectionIds[1]!;
    expect((await editor.setIssueStatus(id, { op: "publish" })).ok).toBe(true);
    const { number } = await db.issue.findUniqueOrThrow({ where: { id }, select: { number: true } });

    const webBefore = (await issues.getIssueForViewer(number, null))!;
    expect(webBefore.sections.map((s) => s.id)).toEqual([opening.id, analysisId]);
    const mailBefore = await email.renderIssueVariant(id, "free");
    expect(mailBefore.html).toContain(`/archive/${number}#section-${analysisId}`);
    expect(mailBefore.html).toContain(`id="section-${analysisId}"`);

    // The editor rewrites the analysis, moves it first, drops the opening and adds a new section.
    const r2 = await save(id, [
      { id: analysisId, heading: "Analysis, revised", body: "Members-only MARKER-TWO.", visibility: "members" },
      { heading: "Added later", body: "New.", visibility: "public" },
    ]);
    expect(r2.sectionIds[0]).toBe(analysisId);
    expect(r2.sectionIds[1]).not.toBe(opening.id);
    expect(r2.revalidate).toContain(`/archive/${number}`);

    const rows = await db.issueSection.findMany({ where: { issueId: id }, orderBy: { position: "asc" }, select: { id: true, heading: true } });
    expect(rows).toEqual([
      { id: analysisId, heading: "Analysis, revised" },
      { id: r2.sectionIds[1], heading: "Added later" },
    ]);
    const webAfter = (await issues.getIssueForViewer(number, null))!;
    expect(webAfter.sections[0]!.id).toBe(analysisId);
    const mailAfter = await email.renderIssueVariant(id, "free");
    expect(mailAfter.html).toContain(`/archive/${number}#section-${analysisId}`);
    // What a member's browser asks for with the id from an old email still answers, with the new text.
    const full = await membersContent.getMembersSectionContent(number, analysisId);
    expect(full.ok && full.html).toContain("MARKER-TWO");
  });

  it("treats an unknown or repeated id as a new section, never as another row's owner", async () => {
    const a = await newIssue();
    const b = await newIssue();
    const other = (await editor.getIssueForEdit(b))!.sections[0]!.id;
    const own = (await editor.getIssueForEdit(a))!.sections[0]!.id;
    const r = await save(a, [
      { id: own, heading: "One", body: "", visibility: "public" },
      { id: own, heading: "Two", body: "", visibility: "public" },
      { id: other, heading: "Three", body: "", visibility: "public" },
    ]);
    expect(r.sectionIds[0]).toBe(own);
    expect(new Set(r.sectionIds).size).toBe(3);
    expect(r.sectionIds).not.toContain(other);
    expect(await db.issueSection.count({ where: { id: other, issueId: b } })).toBe(1);
    expect(r.revalidate).toEqual([]);
  });

  it("autosaves drafts only", async () => {
    const id = await newIssue();
    const s = (await editor.getIssueForEdit(id))!.sections[0]!;
    expect((await save(id, [{ id: s.id, heading: "Draft", body: "x", visibility: "public" }], true)).ok).toBe(true);
    await editor.setIssueStatus(id, { op: "publish" });
    const r = await editor.saveIssue({ id, subject: "Changed by autosave", sections: [{ id: s.id, heading: "Live", body: "y" }] }, { autosave: true });
    expect(r.ok).toBe(false);
    const row = await db.issue.findUniqueOrThrow({ where: { id }, select: { subject: true, sections: { select: { heading: true } } } });
    expect(row.subject).not.toBe("Changed by autosave");
    expect(row.sections.map((x) => x.heading)).toEqual(["Draft"]);
  });
});
