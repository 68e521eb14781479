// Facts about uploaded images for pages, social cards, JSON-LD, RSS and email: absolute URL, pixel size, type, bytes.
import "server-only";
import { stat } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { absoluteUrl } from "../server/site-url";
import { uploadDir } from "./uploads";

export type ImageInfo = {
  /** As stored: a site path (`/uploads/…`) or an https:// URL. */
  src: string;
  /** Absolute to APP_URL (mail clients and social crawlers have no page to resolve against). */
  url: string;
  width: number | null;
  height: number | null;
  mime: string | null;
  bytes: number | null;
};

const UPLOAD = /^\/uploads\/([a-f0-9]{24}(?:-w\d{2,4})?\.(png|jpg|gif|webp))$/;
const MIME: Record<string, string> = { png: "image/png", jpg: "image/jpeg", gif: "image/gif", webp: "image/webp" };

// Upload names are random and files never change, so what was measured once stays true.
const memo = new Map<string, Promise<ImageInfo | null>>();
const MEMO_MAX = 2_000;

/**
 * Measures an uploaded image (`/uploads/…`) from its file; an https:// image is passed through with
 * no size. Anything else (a missing file, a foreign path) is null: pages then show no image rather
 * than a broken one.
 */
export function imageInfo(src: string | null | undefined): Promise<ImageInfo | null> {
  if (!src) return Promise.resolve(null);
  if (/^https:\/\/[^\s"'<>]+$/.test(src)) return Promise.resolve({ src, url: src, width: null, height: null, mime: null, bytes: null });
  const m = UPLOAD.exec(src);
  if (!m) return Promise.resolve(null);
  let p = memo.get(src);
  if (!p) {
    p = measure(src, m[1]!, m[2]!);
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(src, p);
    // A file that appears later (restored backup) is measured again next time.
    p.then((v) => { if (!v) memo.delete(src); }, () => memo.delete(src));
  }
  return p;
}

async function measure(src: string, name: string, ext: string): Promise<ImageInfo | null> {
  const file = path.join(/*turbopackIgnore: true*/ uploadDir(), name);
  try {
    const [meta, st] = await Promise.all([sharp(file).metadata(), stat(file)]);
    // EXIF-rotated JPEGs display with width and height swapped.
    const rotated = (meta.orientation ?? 1) >= 5;
    const width = (rotated ? meta.height : meta.width) ?? null;
    const height = (rotated ? meta.width : meta.height) ?? null;
    return { src, url: absoluteUrl(src), width, height, mime: MIME[ext] ?? null, bytes: st.size };
  } catch {
    return null;
  }
}
