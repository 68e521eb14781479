// Images where they belong: an editor uploads a cover, publishes, and the cover shows on the article page
// and its card with Open Graph / Twitter tags (absolute URL, width, height), JSON-LD and RSS; an admin
// uploads a logo and picks an accent colour, and the site header wears both. Screenshots at 1280 and 375 px.
import path from "node:path";
import sharp from "sharp";
import AxeBuilder from "@axe-core/playwright";
import { e2eDb, expect, login, test } from "../support/e2e";

const run = Date.now().toString(36);
const shots = path.resolve(".tmp", "e2e", "screenshots");

test.describe.configure({ mode: "serial" });

async function png(width: number, height: number, colour: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer();
}

let slug = "";

test("a cover uploaded in the editor shows on the page, the card, social cards, JSON-LD and RSS", async ({ page, baseURL }) => {
  await login(page, "editor@example.com", { role: "editor" });
  await page.goto("/admin/articles/new");
  await page.getByLabel("Title").fill(`Pictured ${run}`);
  await page.getByLabel("Excerpt").fill("A story with a cover.");
  await page.getByLabel(/^Body/).first().fill("A paragraph for everyone.");
  await page.getByRole("group", { name: "Authors" }).getByRole("checkbox").first().check();
  await page.getByRole("group", { name: "Topics" }).getByRole("checkbox").first().check();
  await page.getByLabel("Upload cover image").setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: await png(1200, 630, "#2f5d50") });
  await expect(page.getByAltText("Cover preview")).toBeVisible();
  await page.getByLabel("Status").selectOption("published");
  slug = `pictured-${run}`;
  await expect(page.getByLabel("Slug")).toHaveValue(slug);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("button", { name: "Update" })).toBeVisible();

  const db = e2eDb();
  const cover = (db.prepare(`SELECT coverImage FROM "Article" WHERE slug = ?`).get(slug) as { coverImage: string }).coverImage;
  db.close();
  expect(cover).toMatch(/^\/uploads\/[a-f0-9]{24}\.png$/);

  await page.context().clearCookies();
  await page.goto(`/articles/${slug}`);
  const img = page.locator(".article-cover img");
  await expect(img).toHaveAttribute("src", cover);
  await expect(img).toHaveAttribute("width", "1200");
  await expect(img).toHaveAttribute("height", "630");
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1200);
  const abs = `${baseURL}${cover}`;
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", abs);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", abs);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
  expect(ld.image).toEqual([{ "@type": "ImageObject", url: abs, width: 1200, height: 630 }]);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(shots, "article-cover-1280.png") });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: path.join(shots, "article-cover-375.png") });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  const card = page.locator(".article-card", { has: page.getByRole("link", { name: `Pictured ${run}` }) });
  await expect(card.locator(".article-card__cover img")).toHaveAttribute("src", cover);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: path.join(shots, "home-cards-1280.png") });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: path.join(shots, "home-cards-375.png") });

  const feed = await (await page.request.get("/feed.xml")).text();
  const item = feed.split("<item>").find((i) => i.includes(`/articles/${slug}<`)) ?? "";
  expect(item).toMatch(new RegExp(`<enclosure url="${abs}" length="\\d+" type="image/png"/>`));
  expect(item).toContain(`<media:content url="${abs}" medium="image" type="image/png" width="1200" height="630"/>`);
});

test("the logo and accent colour from settings dress the site header", async ({ page }) => {
  await login(page, "admin@example.com", { role: "admin" });
  await page.goto("/admin/settings");
  await page.getByLabel("Upload a logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: await png(360, 72, "#1c1b19") });
  await page.getByLabel("Accent colour (site and emails)").fill("#1f5c99");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  try {
    await page.context().clearCookies();
    await page.goto(`/articles/${slug}`);
    const logo = page.locator(".masthead__logo");
    await expect(logo).toHaveAttribute("alt", "Weekly Outlook");
    await expect(logo).toHaveAttribute("height", "44");
    await expect(logo).toHaveAttribute("width", "220");
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim());
    expect(accent).toBe("#1f5c99");
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(shots, "header-logo-1280.png") });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: path.join(shots, "header-logo-375.png") });
  } finally {
    // other specs expect the default look
    await login(page, "admin@example.com", { role: "admin" });
    const db = e2eDb();
    db.prepare(`DELETE FROM "Setting" WHERE key IN ('logoUrl', 'accentColor')`).run();
    db.close();
    await page.goto("/admin/settings");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  }
});
