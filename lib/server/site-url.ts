// Absolute URLs of the public site, for metadata, the feed and the sitemap.
import "server-only";
import { env } from "./env";

/** The public origin (APP_URL). Static pages bake it in at build time, so set APP_URL before `next build`. */
export function siteUrl(): string {
  return env.APP_URL;
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${env.APP_URL}/`).toString();
}

/**
 * True when a state-changing request comes from our own pages: `Sec-Fetch-Site` (when sent) says
 * same-origin, and `Origin` (when sent) is APP_URL's origin or the Host the request was sent to. An
 * opaque or malformed Origin (`null`, sandboxed frames, `file:`) is refused, never a thrown error.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = headers.get("origin");
  if (!origin) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin === "null") return false;
  if (parsed.origin === new URL(env.APP_URL).origin) return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  return Boolean(host) && parsed.host === host;
}
