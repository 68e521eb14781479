// The public page cache (cache-handler.cjs, docs/decisions/0041): unknown slugs and page numbers on
// the cached routes answer 404 and store nothing on disk (issue 10 finding 2), while a real page is
// cached from its first request on.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "../support/e2e";

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
