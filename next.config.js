// Next.js configuration. Security headers for every response; no telemetry, no remote fonts.
import { fileURLToPath } from "node:url";
import { contentSecurityPolicy } from "./lib/server/csp-policy.mjs";

/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev: process.env.NODE_ENV === "development" }) },
];

const nextConfig = {
  // Next's file cache minus 404s (cache-handler.cjs): unknown URLs never grow the cache.
  cacheHandler: fileURLToPath(new URL("./cache-handler.cjs", import.meta.url)),
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  experimental: {
    serverActions: { bodySizeLimit: "2mb" },
    authInterrupts: true,
  },
  // `?page=N` lists are served from path routes so they stay statically generated (a page that
  // reads searchParams renders per request). Non-numeric values fall through to page 1.
  async rewrites() {
    const page = [{ type: "query", key: "page", value: "(?<page>\\d{1,5})" }];
    return {
      beforeFiles: [
        { source: "/", has: page, destination: "/latest/:page" },
        { source: "/archive", has: page, destination: "/archive/pages/:page" },
        { source: "/topics/:slug", has: page, destination: "/topics/:slug/pages/:page" },
        { source: "/authors/:slug", has: page, destination: "/authors/:slug/pages/:page" },
      ],
    };
  },
  async redirects() {
    return [{ source: "/articles", destination: "/", permanent: false }];
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
