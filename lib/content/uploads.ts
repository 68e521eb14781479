// Cover images and logos on disk under UPLOAD_DIR: type checked by magic bytes, size capped, random names.
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { requireEditor } from "../auth/guards";
import { env } from "../server/env";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const TYPES = [
  { ext: "png", mime: "image/png", test: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { ext: "jpg", mime: "image/jpeg", test: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: "gif", mime: "image/gif", test: (b: Buffer) => b.subarray(0, 6).toString("latin1") === "GIF87a" || b.subarray(0, 6).toString("latin1") === "GIF89a" },
  { ext: "webp", mime: "image/webp", test: (b: Buffer) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP" },
] as const;

export function uploadDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env.UPLOAD_DIR);
}

/** Sniffs the image type from its first bytes; SVG and anything else is refused (SVG can carry script). */
export function sniffImage(bytes: Buffer): (typeof TYPES)[number] | null {
  return TYPES.find((t) => t.test(bytes)) ?? null;
}

export type UploadResult = { ok: true; url: string } | { ok: false; error: string };

export async function saveImageUpload(file: File): Promise<UploadResult> {
  await requireEditor();
  if (file.size === 0) return { ok: false, error: "The file is empty." };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, error: "Images may be at most 5 MB." };
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = sniffImage(bytes);
  if (!type) return { ok: false, error: "Only PNG, JPEG, GIF and WebP images are accepted." };
  const name = `${randomBytes(12).toString("hex")}.${type.ext}`;
  await mkdir(uploadDir(), { recursive: true });
  await writeFile(path.join(/*turbopackIgnore: true*/ uploadDir(), name), bytes, { flag: "wx" });
  return { ok: true, url: `/uploads/${name}` };
}

/** Reads an uploaded file for serving. Public: covers appear on public pages. */
export async function readUpload(name: string): Promise<{ bytes: Buffer; mime: string } | null> {
  const m = /^([a-f0-9]{24})\.(png|jpg|gif|webp)$/.exec(name);
  if (!m) return null;
  const type = TYPES.find((t) => t.ext === m[2]);
  if (!type) return null;
  try {
    return { bytes: await readFile(path.join(/*turbopackIgnore: true*/ uploadDir(), name)), mime: type.mime };
  } catch {
    return null;
  }
}
