// Members-only text never leaks: a marker string in a members-only article and issue section is
// absent from every public surface for anonymous people and readers; members get it (per viewer).
import type { Page } from "@playwright/test";
import { expect, login, test } from "../support/e2e";
import { ensureMembersFixture, FIXTURE, MARKER } from "../support/members-fixture";

test.beforeAll(() => {
  ensureMembersFixture();
});

const articlePath = `/articles/${FIXTURE.articleSlug}`;
const issuePath = `/archive/${FIXTURE.issueNumber}`;
const apiArticle = `/api/members-content/articles/${FIXTURE.articleSlug}`;
const apiSection = `/api/members-content/issues/${FIXTURE.issueNumber}/sections/${FIXTURE.sectionId}`;

const SURFACES: { name: string; url: string; headers?: Record<string, string> }[] = [
  { name: "article HTML", url: articlePath },
  { name: "article RSC payload", url: articlePath, headers: { RSC: "1" } },
  { name: "issue HTML", url: issuePath },
  { name: "issue RSC payload", url: issuePath, headers: { RSC: "1" } },
  { name: "home", url: "/" },
  { name: "archive", url: "/archive" },
  { name: "RSS", url: "/feed.xml" },
  { name: "sitemap", url: "/sitemap.xml" },
  { name: "search for the title", url: `/search?q=${encodeURIComponent("leak test")}` },
  { name: "comments API", url: `/api/comments?article=${FIXTURE.articleSlug}` },
  { name: "members-content API (article)", url: apiArticle },
  { name: "members-content API (section)", url: apiSection },
];

async function assertNoMarker(page: Page, who: string) {
  // Searching for the marker itself: the page echoes the query, so look for the article instead.
  const search = await (await page.request.get(`/search?q=${encodeURIComponent(MARKER)}`)).text();
  expect(search.includes(`/articles/${FIXTURE.articleSlug}`), `${who}: the members-only body is searchable`).toBe(false);
  for (const s of SURFACES) {
    const res = await page.request.get(s.url, { headers: s.headers });
    const body = await res.text();
    expect(res.status(), `${who}: ${s.name}`).toBeLessThan(500);
    expect(body.includes(MARKER), `${who}: marker leaked in ${s.name}`).toBe(false);
  }
}

test("anonymous: the marker is on no public surface; the teaser and the members box are", async ({ page }) => {
  await assertNoMarker(page, "anonymous");
  const html = await (await page.request.get(articlePath)).text();
  expect(html).toContain("The public opening paragraph");
  expect(html).toMatch(/<meta property="og:description"/);
  expect((await page.request.get(apiArticle)).status()).toBe(401);

  await page.goto(issuePath);
  const box = page.locator(`section:has(#section-${FIXTURE.sectionId}) .members-box`);
  await expect(box).toBeVisible();
  // The sign-in link deep-links back to this very section.
  await expect(box.getByRole("link", { name: "Sign in" })).toHaveAttribute(
    "href",
    `/signin?callbackUrl=${encodeURIComponent(`${issuePath}#section-${FIXTURE.sectionId}`)}`,
  );
});

test("reader (signed in, no membership): still no marker anywhere", async ({ page }) => {
  await login(page, "leak-reader@example.com");
  await assertNoMarker(page, "reader");
  expect((await page.request.get(apiArticle)).status()).toBe(403);
  await page.goto(articlePath);
  await expect(page.getByText("You are signed in without a membership")).toBeVisible();
  await expect(page.getByText(MARKER)).toHaveCount(0);
});

test("member: the full text arrives per viewer, never in a shared response", async ({ page, browser }) => {
  await login(page, "leak-member@example.com", { member: true });
  const api = await page.request.get(apiArticle);
  expect(api.status()).toBe(200);
  expect(await api.text()).toContain(MARKER);
  expect(api.headers()["cache-control"]).toContain("no-store");
  expect(api.headers()["cache-control"]).toContain("private");
  expect(api.headers()["vary"]).toMatch(/cookie/i);
  expect(await (await page.request.get(apiSection)).text()).toContain(MARKER);

  await page.goto(articlePath);
  await expect(page.getByText(`The members-only part: ${MARKER} is the secret.`)).toBeVisible();
  await page.goto(`${issuePath}#section-${FIXTURE.sectionId}`);
  await expect(page.getByText(`The hidden part: ${MARKER}.`)).toBeVisible();

  // After a member's visit, what the cache serves to anonymous people is still the teaser.
  const anon = await browser.newContext();
  const anonPage = await anon.newPage();
  await assertNoMarker(anonPage, "anonymous after a member's visit");
  await anon.close();
});
