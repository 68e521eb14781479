// robots.txt: the public site is crawlable; account, admin, sign-in and API routes are not.
import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/server/site-url";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/account", "/api/", "/signin", "/search"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
