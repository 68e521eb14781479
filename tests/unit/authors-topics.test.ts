// Authors and topics admin: create, edit, slug rules and uniqueness, refusal to delete what articles
// use, and that readers cannot reach any of it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const auth = vi.hoisted(() => ({ viewer: null as null | { id: string; email: string; isEditor: boolean; isAdmin: boolean } }));
vi.mock("@/lib/auth/guards", () => {
  const guard = (admin: boolean) => async () => {
    const v = auth.viewer;
    if (!v || !v.isEditor || (admin && !v.isAdmin)) throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
    return { ...v, name: null, role: v.isAdmin ? "admin" : "editor", isMember: true, membershipExpiresAt: null, sessionId: "s" };
  };
  return { requireEditor: guard(false), requireAdmin: guard(true), requireViewer: guard(false), getViewer: async () => auth.viewer };
});

let db: typeof import("@/lib/server/db").db;
let ed: typeof import("@/lib/content/author-editor");
const tag = `at${Date.now().toString(36)}`;
let editor: { id: string; email: string; isEditor: boolean; isAdmin: boolean };

beforeAll(async () => {
  ({ db } = await import("@/lib/server/db"));
  ed = await import("@/lib/content/author-editor");
  const m = await db.member.create({ data: { email: `${tag}-editor@example.test`, role: "editor" } });
  editor = { id: m.id, email: m.email, isEditor: true, isAdmin: false };
  auth.viewer = editor;
});

afterAll(async () => {
  await db.article.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.author.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.topic.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.auditLog.deleteMany({ where: { actorId: editor.id } });
  await db.member.deleteMany({ where: { email: { contains: tag } } });
});

describe("authors", () => {
  it("creates with a slug made from the name, edits bio, location and photo, and audits", async () => {
    const r = await ed.saveAuthor({ name: `${tag} Zofia Nowak`, bio: "Reports on energy.", location: "Gdańsk" });
    expect(r.ok).toBe(true);
    const id = r.ok ? r.data!.id : "";
    const row = await db.author.findUniqueOrThrow({ where: { id } });
    expect(row.slug).toBe(`${tag}-zofia-nowak`);
    expect(row.bio).toBe("Reports on energy.");
    const r2 = await ed.saveAuthor({ id, name: `${tag} Zofia Nowak`, slug: `${tag}-zofia`, bio: "Energy and climate.", location: "", photo: "/uploads/0123456789abcdef01234567.png" });
    expect(r2.ok && r2.data?.previousSlug).toBe(`${tag}-zofia-nowak`);
    const after = await db.author.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ slug: `${tag}-zofia`, bio: "Energy and climate.", location: null, photo: "/uploads/0123456789abcdef01234567.png" });
    // photo absent keeps it; null removes it
    await ed.saveAuthor({ id, name: `${tag} Zofia Nowak`, slug: `${tag}-zofia` });
    expect((await db.author.findUniqueOrThrow({ where: { id } })).photo).toBe("/uploads/0123456789abcdef01234567.png");
    await ed.saveAuthor({ id, name: `${tag} Zofia Nowak`, slug: `${tag}-zofia`, photo: null });
    expect((await db.author.findUniqueOrThrow({ where: { id } })).photo).toBeNull();
    expect(await db.auditLog.count({ where: { actorId: editor.id, entityId: id, action: { in: ["author.create", "author.update"] } } })).toBe(4);
  });

  it("refuses a bad or taken slug with a field error, and a photo path that is not an upload", async () => {
    const bad = await ed.saveAuthor({ name: `${tag} A`, slug: "Not A Slug!" });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.fieldErrors?.slug?.[0]).toMatch(/lowercase letters/);
    await ed.saveAuthor({ name: `${tag} Taken`, slug: `${tag}-taken` });
    const clash = await ed.saveAuthor({ name: `${tag} Other`, slug: `${tag}-taken` });
    expect(!clash.ok && clash.fieldErrors?.slug?.[0]).toMatch(/already has this slug/);
    const photo = await ed.saveAuthor({ name: `${tag} P`, photo: "https://evil.example/x.png" });
    expect(!photo.ok && photo.fieldErrors?.photo?.[0]).toBeTruthy();
    const empty = await ed.saveAuthor({ name: "   " });
    expect(!empty.ok && empty.fieldErrors?.name?.[0]).toBe("A name is needed.");
  });

  it("refuses to delete an author with articles, saying how many; deletes one without", async () => {
    const a = await db.author.create({ data: { slug: `${tag}-busy`, name: `${tag} Busy` } });
    await db.article.create({ data: { slug: `${tag}-art`, title: "T", excerpt: "", body: "", authors: { create: { authorId: a.id } } } });
    const refused = await ed.deleteAuthor(a.id);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.formError).toMatch(/author of 1 article\b/);
    expect(await db.author.count({ where: { id: a.id } })).toBe(1);
    const free = await db.author.create({ data: { slug: `${tag}-free`, name: `${tag} Free` } });
    expect((await ed.deleteAuthor(free.id)).ok).toBe(true);
    expect(await db.author.count({ where: { id: free.id } })).toBe(0);
    const gone = await ed.deleteAuthor(free.id);
    expect(!gone.ok && gone.formError).toMatch(/no longer exists/);
  });
});

describe("topics", () => {
  it("creates, renames, validates and refuses deletion while in use", async () => {
    const r = await ed.saveTopic({ name: `${tag} Energy`, description: "Grids, gas and power." });
    expect(r.ok).toBe(true);
    const id = r.ok ? r.data!.id : "";
    expect((await db.topic.findUniqueOrThrow({ where: { id } })).slug).toBe(`${tag}-energy`);
    const long = await ed.saveTopic({ id, name: `${tag} Energy`, description: "x".repeat(601) });
    expect(!long.ok && long.fieldErrors?.description?.[0]).toMatch(/600/);
    await db.article.create({ data: { slug: `${tag}-art2`, title: "T", excerpt: "", body: "", topics: { create: { topicId: id } } } });
    const refused = await ed.deleteTopic(id);
    expect(!refused.ok && refused.formError).toMatch(/used by 1 article\b/);
    await db.article.deleteMany({ where: { slug: `${tag}-art2` } });
    expect((await ed.deleteTopic(id)).ok).toBe(true);
  });

  it("lists with article counts", async () => {
    const t = await db.topic.create({ data: { slug: `${tag}-listed`, name: `${tag} Listed` } });
    const rows = await ed.listTopicsAdmin();
    expect(rows.find((x) => x.id === t.id)).toMatchObject({ articleCount: 0, name: `${tag} Listed` });
  });
});

describe("authorization", () => {
  it("refuses readers and signed-out people on every function", async () => {
    for (const v of [null, { id: "x", email: "r@example.test", isEditor: false, isAdmin: false }]) {
      auth.viewer = v;
      await expect(ed.listAuthorsAdmin()).rejects.toThrow(/403/);
      await expect(ed.saveAuthor({ name: "X" })).rejects.toThrow(/403/);
      await expect(ed.deleteAuthor("x")).rejects.toThrow(/403/);
      await expect(ed.getTopicForEdit("x")).rejects.toThrow(/403/);
      await expect(ed.saveTopic({ name: "X" })).rejects.toThrow(/403/);
      await expect(ed.deleteTopic("x")).rejects.toThrow(/403/);
    }
    auth.viewer = editor;
  });
});
