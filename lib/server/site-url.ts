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
