// Full-text search (SQLite FTS5 / PostgreSQL tsvector + GIN): ranked, highlighted, topic and author
// names included, members-only text never found nor shown, drafts never, hostile queries harmless,
// and articles written without the index are indexed on the first search.
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
let search: typeof import("@/lib/content/search");
let saveArticle: typeof import("@/lib/content/article-editor").saveArticle;
const tag = `srch${Date.now().toString(36)}`;
const SECRET = `secretword${tag}`;
let energyTopic: string;
let authorId: string;
const ids: string[] = [];

async function publish(title: string, body: string, extra: Record<string, unknown> = {}) {
  const r = await saveArticle({ title, excerpt: `Summary ${tag}`, body, status: "published", topicIds: [energyTopic], authorIds: [authorId], publishedAt: new Date(Date.now() - 60_000), ...extra });
  if (!r.ok) throw new Error(JSON.stringify(r));
  ids.push(r.id);
  return r.id;
}

beforeAll(async () => {
  ({ db } = await import("@/lib/server/db"));
  search = await import("@/lib/content/search");
  ({ saveArticle } = await import("@/lib/content/article-editor"));
  const m = await db.member.create({ data: { email: `${tag}-ed@example.test`, role: "editor" } });
  auth.viewer = { id: m.id, email: m.email, isEditor: true, isAdmin: false };
  energyTopic = (await db.topic.create({ data: { slug: `${tag}-energy`, name: "Energy" } })).id;
  authorId = (await db.author.create({ data: { slug: `${tag}-author`, name: `Marta Kowalczyk${tag}` } })).id;
  await publish(`The Baltic grid goes it alone ${tag}`, `Estonia, Latvia and Lithuania left the Soviet-era ring. Energy independence at last, ${tag}.`);
  await publish(`Gas storage before winter ${tag}`, `Storage sites are full; prices eased. ${tag}`);
  await publish(`Nuclear plans in Poland ${tag}`, `The first reactor is planned near the coast. ${tag}`);
  await publish(`Coal towns look ahead ${tag}`, `Silesia retrains miners. ${tag}`);
  await publish(`Members: what the ministry will not say ${tag}`, `The public opening paragraph about pipelines ${tag}.\n\nThe private part mentions ${SECRET} and more.`, { visibility: "members", teaser: `Teaser about pipelines ${tag}.` });
  const draft = await saveArticle({ title: `Draft energy piece ${tag}`, excerpt: "", body: `draftonly${tag}`, status: "draft", topicIds: [energyTopic] });
  if (draft.ok) ids.push(draft.id);
});

afterAll(async () => {
  for (const id of ids) await search.unindexArticle(db, id);
  await db.article.deleteMany({ where: { id: { in: ids } } });
  await db.topic.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.author.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.auditLog.deleteMany({ where: { actorId: auth.viewer?.id } });
  await db.member.deleteMany({ where: { email: { contains: tag } } });
});

describe("full-text search", () => {
  it("'energy' finds every article of the Energy topic, not only those with the word in the title", async () => {
    const r = await search.searchArticles("energy", { perPage: 100 });
    const ours = r.items.filter((h) => h.title.endsWith(tag));
    expect(ours).toHaveLength(5);
    const baltic = ours.find((h) => h.title.includes("Baltic grid"))!;
    expect(baltic.snippet.some((p) => p.hit && /^energy$/i.test(p.text))).toBe(true);
  });

  it("ranks a title match above a body match", async () => {
    const word = `rankword${tag}`;
    await publish(`Body only ${tag}`, `This one mentions ${word} once, deep in a longer body of text about other things entirely.`);
    await publish(`The ${word} story ${tag}`, `Nothing here.`);
    const r = await search.searchArticles(word);
    expect(r.items.map((h) => h.title)).toEqual([`The ${word} story ${tag}`, `Body only ${tag}`]);
  });

  it("matches body words and prefixes, every word required, and highlights the title", async () => {
    const r = await search.searchArticles(`silesia ${tag}`);
    expect(r.items.map((h) => h.title)).toEqual([`Coal towns look ahead ${tag}`]);
    expect(r.items[0]!.snippet.find((p) => p.hit)?.text.toLowerCase()).toBe("silesia");
    const prefix = await search.searchArticles(`reacto ${tag}`);
    expect(prefix.items.map((h) => h.title)).toEqual([`Nuclear plans in Poland ${tag}`]);
    const titleHit = await search.searchArticles(`nuclear ${tag}`);
    expect(titleHit.items[0]!.titleParts.some((p) => p.hit && p.text.toLowerCase() === "nuclear")).toBe(true);
    expect((await search.searchArticles(`silesia reactor ${tag}`)).total).toBe(0);
  });

  it("finds authors by name", async () => {
    const r = await search.searchArticles(`kowalczyk${tag}`, { perPage: 50 });
    expect(r.total).toBeGreaterThanOrEqual(5);
  });

  it("never finds nor shows members-only text; finds the teaser", async () => {
    const hidden = await search.searchArticles(SECRET);
    expect(hidden.total).toBe(0);
    expect(JSON.stringify(hidden.items)).not.toContain(SECRET);
    const teaser = await search.searchArticles(`pipelines ${tag}`);
    expect(teaser.items.map((h) => h.title)).toEqual([`Members: what the ministry will not say ${tag}`]);
    expect(JSON.stringify(teaser.items)).not.toContain(SECRET);
    expect(JSON.stringify(teaser.items)).not.toContain("private part");
    const row = await db.article.findFirstOrThrow({ where: { title: `Members: what the ministry will not say ${tag}` }, select: { searchBody: true } });
    expect(row.searchBody).not.toContain(SECRET);
  });

  it("never finds drafts", async () => {
    expect((await search.searchArticles(`draftonly${tag}`)).total).toBe(0);
  });

  it("treats operators and quotes as plain words and refuses nothing with a 500", async () => {
    for (const q of [`"${tag}`, `${tag} OR NOT`, `${tag} AND (`, `*${tag}*`, `${tag}:* & !`, `'; DROP TABLE "Article"; --`, "\u0000\u0002", "ą".repeat(300)]) {
      await expect(search.searchArticles(q)).resolves.toBeTruthy();
    }
    expect(search.queryTerms(`energy" OR x:* (grid)`)).toEqual(["energy", "or", "x", "grid"]);
    expect((await search.searchArticles("   ")).total).toBe(0);
  });

  it("an article written without the index is indexed on the first search", async () => {
    const a = await db.article.create({
      data: { slug: `${tag}-raw`, title: `Written elsewhere ${tag}`, excerpt: "", body: `A word like hydrogenvalley${tag} in the body.`, status: "published", publishedAt: new Date(Date.now() - 60_000) },
    });
    ids.push(a.id);
    search.resetSearchIndexCheck();
    const r = await search.searchArticles(`hydrogenvalley${tag}`);
    expect(r.items.map((h) => h.slug)).toEqual([`${tag}-raw`]);
  });

  it("renaming a topic reindexes its articles", async () => {
    const { saveTopic } = await import("@/lib/content/author-editor");
    const r = await saveTopic({ id: energyTopic, name: `Powergrids${tag}`, slug: `${tag}-energy` });
    expect(r.ok).toBe(true);
    expect((await search.searchArticles(`powergrids${tag}`, { perPage: 50 })).total).toBeGreaterThanOrEqual(5);
  });
});
