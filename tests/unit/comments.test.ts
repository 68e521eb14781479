// Comments: signed-in people post and reply (one level), edit/delete their own for 15 minutes,
// editors hide or delete any, reports reach the moderation queue, anonymous people see the count.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { nextHeadersFor, outcomeOf, sessionFor, type RequestContext } from "../support/viewer-context";

const ctx = vi.hoisted(() => ({ token: undefined, headers: new Headers(), setCookies: new Map() }) as RequestContext);
vi.mock("next/headers", () => nextHeadersFor(ctx));

const { db } = await import("@/lib/server/db");
const c = await import("@/lib/comments/threads");

const SLUG = `comments-unit-${Date.now()}`;
const MSLUG = `${SLUG}-members`;
let reader: Awaited<ReturnType<typeof sessionFor>>;
let other: Awaited<ReturnType<typeof sessionFor>>;
let member: Awaited<ReturnType<typeof sessionFor>>;
let editor: Awaited<ReturnType<typeof sessionFor>>;

beforeAll(async () => {
  for (const [slug, visibility] of [[SLUG, "public"], [MSLUG, "members"]] as const) {
    await db.article.create({
      data: { slug, title: "Comments test", excerpt: "x", body: "Body", visibility, status: "published", publishedAt: new Date(Date.now() - 60_000) },
    });
  }
  reader = await sessionFor(db, "reader");
  other = await sessionFor(db, "reader");
  member = await sessionFor(db, "member");
  editor = await sessionFor(db, "editor");
});
afterAll(async () => {
  await db.article.deleteMany({ where: { slug: { startsWith: SLUG } } });
  await db.member.deleteMany({ where: { email: { endsWith: "@unit.test" }, id: { in: [reader.memberId, other.memberId, member.memberId, editor.memberId] } } });
});

const as = (s: { token: string } | null) => {
  ctx.token = s?.token;
};

describe("comments", () => {
  it("anonymous: only the count, and cannot post", async () => {
    as(reader);
    await c.postComment(SLUG, "First!");
    as(null);
    const view = await c.getCommentsForViewer(SLUG);
    expect(view).toEqual({ signedIn: false, count: 1 });
    expect(JSON.stringify(view)).not.toContain("First!");
    expect(await outcomeOf(() => c.postComment(SLUG, "anon"))).toBe("signin");
  });

  it("post, reply (one level), edit in the window, refused after it", async () => {
    as(reader);
    const top = await c.postComment(SLUG, "Top-level <script>alert(1)</script> https://example.org/x.");
    expect(top.ok).toBe(true);
    const topId = top.ok ? top.id! : "";
    as(other);
    const reply = await c.postComment(SLUG, "A reply", topId);
    const replyId = reply.ok ? reply.id! : "";
    // A reply to a reply joins the same thread.
    const nested = await c.postComment(SLUG, "Reply to reply", replyId);
    const nestedRow = await db.comment.findUniqueOrThrow({ where: { id: nested.ok ? nested.id! : "" } });
    expect(nestedRow.parentId).toBe(topId);

    as(reader);
    const view = await c.getCommentsForViewer(SLUG);
    if (!view?.signedIn) throw new Error("expected signed-in view");
    const t = view.comments.find((x) => x.id === topId)!;
    expect(t.body).toContain("<script>"); // stored and returned as text; React renders it as text
    expect(t.mine).toBe(true);
    expect(t.editableUntil).not.toBeNull();
    expect(t.replies.map((r) => r.body)).toEqual(["A reply", "Reply to reply"]);
    expect(t.author).not.toContain("@");

    expect(await c.editComment(topId, "Edited")).toEqual({ ok: true, id: topId });
    as(other);
    expect(await c.editComment(topId, "Not mine")).toMatchObject({ ok: false });
    as(reader);
    await db.comment.update({ where: { id: topId }, data: { createdAt: new Date(Date.now() - 16 * 60_000) } });
    expect(await c.editComment(topId, "Too late")).toMatchObject({ ok: false, error: expect.stringContaining("15 minutes") });
    expect(await c.deleteComment(topId)).toMatchObject({ ok: false });
    expect((await db.comment.findUniqueOrThrow({ where: { id: topId } })).body).toBe("Edited");
  });

  it("delete own within the window", async () => {
    as(reader);
    const r = await c.postComment(SLUG, "Oops");
    const id = r.ok ? r.id! : "";
    expect(await c.deleteComment(id)).toEqual({ ok: true, id });
    as(other);
    const view = await c.getCommentsForViewer(SLUG);
    expect(JSON.stringify(view)).not.toContain("Oops");
  });

  it("report → moderation queue; editor hides; hidden comments vanish for readers", async () => {
    as(reader);
    const r = await c.postComment(SLUG, "Rude words");
    const id = r.ok ? r.id! : "";
    as(other);
    expect(await c.reportComment(id, "spam")).toEqual({ ok: true, id });
    expect(await c.reportComment(id, "again")).toEqual({ ok: true, id }); // once per person
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).reportCount).toBe(1);
    expect(await outcomeOf(() => c.listModerationQueue())).toBe("forbidden");
    expect(await outcomeOf(() => c.setCommentHidden(id, true))).toBe("forbidden");
    as(editor);
    const queue = await c.listModerationQueue();
    expect(queue.find((q) => q.id === id)).toMatchObject({ reportCount: 1, reasons: ["spam"] });
    expect(await c.setCommentHidden(id, true)).toEqual({ ok: true, id });
    const editorView = await c.getCommentsForViewer(SLUG);
    expect(JSON.stringify(editorView)).toContain("Rude words");
    as(other);
    expect(JSON.stringify(await c.getCommentsForViewer(SLUG))).not.toContain("Rude words");
    as(null);
    expect(await c.countComments(SLUG)).toBe((await db.comment.count({ where: { article: { slug: SLUG }, status: "visible" } })));
    expect(await db.auditLog.count({ where: { entityType: "Comment", entityId: id, action: "comment.hide" } })).toBe(1);
  });

  it("editors delete anyone's comment", async () => {
    as(reader);
    const r = await c.postComment(SLUG, "Delete me");
    const id = r.ok ? r.id! : "";
    as(editor);
    expect(await c.deleteComment(id)).toEqual({ ok: true, id });
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).status).toBe("deleted");
  });

  it("members-only articles: comments are for members", async () => {
    as(reader);
    expect(await c.postComment(MSLUG, "hello")).toMatchObject({ ok: false });
    const v = await c.getCommentsForViewer(MSLUG);
    expect(v).toMatchObject({ signedIn: true, canComment: false, comments: [] });
    as(member);
    expect(await c.postComment(MSLUG, "hello")).toMatchObject({ ok: true });
  });

  it("rate limited", async () => {
    as(other);
    await db.rateLimitBucket.deleteMany({ where: { key: `comment:${other.memberId}` } });
    const results = [];
    for (let i = 0; i < 11; i++) results.push((await c.postComment(SLUG, `n${i}`)).ok);
    expect(results.slice(0, 10).every(Boolean)).toBe(true);
    expect(results[10]).toBe(false);
  });
});
