// Cover images and the logo reach every place they belong: the article page's data, cards, Open Graph and
// Twitter metadata (absolute URL, width, height), JSON-LD, RSS (enclosure and Media RSS) and the issue email;
// the accent colour from settings stays readable on the site in light and dark mode.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";

const dir = mkdtempSync(path.join(tmpdir(), "wo-images-"));
process.env.UPLOAD_DIR = dir;

const { db } = await import("@/lib/server/db");
const images = await import("@/lib/content/images");
const articles = await import("@/lib/content/articles");
const settings = await import("@/lib/settings/settings");
const { getSiteBrand } = await import("@/lib/settings/site-brand");
const colour = await import("@/lib/shared/colour");

const APP = () => process.env.APP_URL!.replace(/\/$/, "");
const COVER = "/uploads/c0ffee0123456789abcdef01.png";
const LOGO = "/uploads/10a0000000000000000000aa.png";
const slug = `cover-test-${process.pid}`;
let articleId = "";

beforeAll(async () => {
  await sharp({ create: { width: 1200, height: 630, channels: 3, background: "#336699" } }).png().toFile(path.join(dir, path.basename(COVER)));
  await sharp({ create: { width: 300, height: 60, channels: 3, background: "#222222" } }).png().toFile(path.join(dir, path.basename(LOGO)));
  const a = await db.article.create({
    data: {
      slug,
      title: "A covered story",
      excerpt: "With a picture.",
      body: "Body with ![a chart](/uploads/aaaaaaaaaaaaaaaaaaaaaaaa.png) and [a link](/archive).",
      coverImage: COVER,
      status: "published",
      publishedAt: new Date(Date.now() - 60_000),
    },
    select: { id: true },
  });
  articleId = a.id;
  await settings.saveSettingsUnchecked({ logoUrl: LOGO, accentColor: "#116644" });
});

afterAll(async () => {
  await settings.saveSettingsUnchecked({ logoUrl: "", accentColor: "#8a1c1c" });
  await db.article.deleteMany({ where: { id: articleId } });
  rmSync(dir, { recursive: true, force: true });
});

describe("image facts", () => {
  it("measures an upload: absolute URL, pixel size, type and bytes", async () => {
    const info = await images.imageInfo(COVER);
    expect(info).toMatchObject({ src: COVER, url: `${APP()}${COVER}`, width: 1200, height: 630, mime: "image/png" });
    expect(info!.bytes).toBeGreaterThan(0);
  });

  it("passes https images through without a size, and refuses foreign paths and missing files", async () => {
    expect(await images.imageInfo("https://cdn.example/x.png")).toMatchObject({ url: "https://cdn.example/x.png", width: null });
    expect(await images.imageInfo("/etc/passwd")).toBeNull();
    expect(await images.imageInfo("/uploads/../secret.png")).toBeNull();
    expect(await images.imageInfo("/uploads/ffffffffffffffffffffffff.png")).toBeNull();
    expect(await images.imageInfo(null)).toBeNull();
  });
});

describe("covers on the site", () => {
  it("cards carry the cover, the article carries it measured", async () => {
    const list = await articles.listPublishedArticles({ perPage: 50 });
    expect(list.items.find((c) => c.slug === slug)?.coverImage).toBe(COVER);
    const detail = await articles.getArticleForViewer(slug, null);
    expect(detail?.cover).toMatchObject({ url: `${APP()}${COVER}`, width: 1200, height: 630 });
  });

  it("Open Graph and Twitter cards name the absolute image with its size", async () => {
    const page = await import("@/app/(site)/articles/[slug]/page");
    const meta = await page.generateMetadata({ params: Promise.resolve({ slug }) });
    const og = (meta.openGraph as { images?: { url: string; width?: number; height?: number }[] }).images;
    expect(og).toEqual([{ url: `${APP()}${COVER}`, width: 1200, height: 630, type: "image/png", alt: "A covered story" }]);
    expect(meta.twitter).toMatchObject({ card: "summary_large_image" });
    expect((meta.twitter as { images?: { url: string }[] }).images?.[0]?.url).toBe(`${APP()}${COVER}`);
  });

  it("RSS items carry an enclosure and a media:content with size, and absolute body URLs", async () => {
    const { GET } = await import("@/app/feed.xml/route");
    const xml = await (await GET()).text();
    const item = xml.split("<item>").find((i) => i.includes(`/articles/${slug}<`))!;
    expect(item).toBeDefined();
    expect(item).toMatch(new RegExp(`<enclosure url="${APP()}${COVER}" length="\\d+" type="image/png"/>`));
    expect(item).toContain(`<media:content url="${APP()}${COVER}" medium="image" type="image/png" width="1200" height="630"/>`);
    expect(item).toContain(`src="${APP()}/uploads/aaaaaaaaaaaaaaaaaaaaaaaa.png"`);
    expect(item).toContain(`href="${APP()}/archive"`);
    expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
  });

  it("the site brand has the measured logo and accent CSS from settings", async () => {
    const brand = await getSiteBrand();
    expect(brand.logo).toMatchObject({ src: LOGO, width: 300, height: 60 });
    expect(brand.accentCss).toContain("--accent:#116644");
    expect(brand.accentCss).toContain("prefers-color-scheme: dark");
  });
});

describe("accent palette", () => {
  it("keeps a readable accent on light and dark paper, whatever colour is chosen", () => {
    for (const hex of ["#116644", "#ffee00", "#000000", "#ffffff", "#8a1c1c", "#3366ff"]) {
      const p = colour.accentPalette(hex)!;
      expect(colour.contrast(colour.parseHex(p.light.accent)!, [0xfb, 0xfa, 0xf6])).toBeGreaterThanOrEqual(4.5);
      expect(colour.contrast(colour.parseHex(p.dark.accent)!, [0x15, 0x14, 0x12])).toBeGreaterThanOrEqual(4.5);
      expect(colour.contrast(colour.parseHex(p.light.accent)!, colour.parseHex(p.light.ink)!)).toBeGreaterThanOrEqual(4.5);
    }
    // a readable choice is kept exactly as chosen
    expect(colour.accentPalette("#116644")!.light.accent).toBe("#116644");
    expect(colour.accentCss("red;}body{display:none")).toBe("");
  });
});
