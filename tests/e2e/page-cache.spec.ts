// The public page cache (cache-handler.cjs, docs/decisions/0041): unknown slugs and page numbers on
// the cached routes answer 404 and store nothing on disk (issue 10 finding 2), while a real page is
// cached from its first request on.
import { createHmac } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { e2eDb, expect, test } from "../support/e2e";
import { ensureMembersFixture, FIXTURE } from "../support/members-fixture";

/** Every file under .next whose path holds `token` (the unknown URLs below are unique to this test). */
function cachedFilesNaming(token: string, dir = ".next"): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...cachedFilesNaming(token, p));
    else if (p.includes(token)) out.push(p);
  }
  return out;
}

test("unknown slugs and page numbers are 404s that never enter the cache", async ({ request }) => {
  const token = `nope${Date.now().toString(36)}`;
  const n = 9_000 + (Date.now() % 900);
  const urls = [
    `/articles/${token}`,
    `/topics/${token}`,
    `/topics/${token}/pages/2`,
    `/authors/${token}`,
    `/authors/${token}/pages/3`,
    `/latest/${n}`,
    `/archive/${n}`,
    `/archive/pages/${n}`,
    `/?page=${n}`,
  ];
  for (let round = 0; round < 2; round++) {
    for (const url of urls) expect((await request.get(url)).status(), url).toBe(404);
  }
  expect(cachedFilesNaming(token)).toEqual([]);
  const byNumber = cachedFilesNaming(`/${n}.`).concat(cachedFilesNaming(`/${n}/`));
  expect(byNumber).toEqual([]);
});

test("a real page renders on first request and is a cache hit after", async ({ request }) => {
  const home = await request.get("/");
  expect(home.status()).toBe(200);
  const again = await request.get("/");
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
});

// The same secret as playwright.config.ts gives the web server; the token is derived as in
// lib/server/crypto.ts sign("revalidate", "v1").
const E2E_AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-0123456789";
function revalidationToken(): string {
  const key = createHmac("sha256", E2E_AUTH_SECRET).update("weekly-outlook:revalidate").digest();
  return createHmac("sha256", key).update("v1").digest("base64url");
}

test("the internal revalidate route refuses strangers and bad bodies, and refreshes an article for a worker", async ({ request }) => {
  ensureMembersFixture();
  const url = "/api/internal/revalidate";
  expect((await request.post(url, { data: { articles: [FIXTURE.publicSlug] } })).status()).toBe(401);
  expect((await request.post(url, { data: { articles: [FIXTURE.publicSlug] }, headers: { authorization: "Bearer forged" } })).status()).toBe(401);
  const auth = { authorization: `Bearer ${revalidationToken()}` };
  expect((await request.post(url, { data: { articles: ["../x"] }, headers: auth })).status()).toBe(400);
  expect((await request.post(url, { data: "not json", headers: { ...auth, "content-type": "application/json" } })).status()).toBe(400);
  expect((await request.post(url, { data: { everything: true }, headers: auth })).status()).toBe(400);

  const path = `/articles/${FIXTURE.publicSlug}`;
  await request.get(path);
  expect((await request.get(path)).headers()["x-nextjs-cache"]).toBe("HIT");
  const db = e2eDb();
  const title = `Retitled by the worker ${Date.now()}`;
  const old = (db.prepare(`SELECT title FROM "Article" WHERE slug = ?`).get(FIXTURE.publicSlug) as { title: string }).title;
  try {
    db.prepare(`UPDATE "Article" SET title = ? WHERE slug = ?`).run(title, FIXTURE.publicSlug);
    // a database change alone does not reach the cached page...
    expect(await (await request.get(path)).text()).not.toContain(title);
    // ...the worker's call does, on the next request
    expect((await request.post(url, { data: { articles: [FIXTURE.publicSlug] }, headers: auth })).status()).toBe(200);
    expect(await (await request.get(path)).text()).toContain(title);
  } finally {
    db.prepare(`UPDATE "Article" SET title = ? WHERE slug = ?`).run(old, FIXTURE.publicSlug);
    db.close();
    await request.post(url, { data: { articles: [FIXTURE.publicSlug] }, headers: auth });
  }
});
