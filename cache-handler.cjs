// The Next incremental cache for public pages (next.config.js `cacheHandler`): Next's own file
// cache, except that a 404 is never stored. Unknown slugs and page numbers render their 404 on
// each request (one indexed lookup) instead of adding files under .next/server for every URL an
// anonymous client invents (issue 10 finding 2; docs/decisions/0041).
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- Next loads cacheHandler with require(); this file must be CommonJS */
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const path = require("node:path");
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

/**
 * Where rendered pages are kept: one folder per database (a hash of DATABASE_URL) under
 * .next/cache/pages, never the build's own output. So pages always come from the runtime database:
 * a restart on another DATABASE_URL starts from an empty cache, and nothing the build wrote is served.
 * The build's id is part of the key too: a page cached by the previous build names that build's CSS
 * and JS chunks, which a new build no longer has (pages came back unstyled after every rebuild).
 */
function cacheDir(serverDistDir) {
  const url = process.env.DATABASE_URL || "file:./data/weekly-outlook.db";
  let buildId = "";
  try {
    buildId = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    // no build id (next dev): the database alone keys the cache
  }
  const id = createHash("sha256").update(`${url}\n${buildId}`).digest("hex").slice(0, 16);
  return path.join(serverDistDir, "..", "cache", "pages", id, "server");
}

const RESPONSE_KINDS = new Set(["APP_PAGE", "APP_ROUTE", "PAGES"]);

/** True for a rendered response that must not enter the cache (anything but a success). */
function isUncacheable(data) {
  return Boolean(data && RESPONSE_KINDS.has(data.kind) && typeof data.status === "number" && data.status >= 400);
}

class PublicPagesCache extends FileSystemCache {
  constructor(ctx) {
    super({ ...ctx, serverDistDir: ctx.serverDistDir ? cacheDir(ctx.serverDistDir) : ctx.serverDistDir });
  }

  async set(key, data, ctx) {
    if (isUncacheable(data)) return;
    return super.set(key, data, ctx);
  }
}

module.exports = PublicPagesCache;
module.exports.isUncacheable = isUncacheable;
module.exports.cacheDir = cacheDir;
