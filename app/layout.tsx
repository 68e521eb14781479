// Root layout: document shell and site-wide metadata only. Each face (site, account, admin) brings its own chrome.
import type { Metadata, Viewport } from "next";
import { PUBLICATION } from "@/lib/shared/publication";
import { siteUrl } from "@/lib/server/site-url";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${PUBLICATION.name} — ${PUBLICATION.tagline}`, template: `%s · ${PUBLICATION.name}` },
  description: PUBLICATION.description,
  applicationName: PUBLICATION.name,
  alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: PUBLICATION.name }] } },
  openGraph: { siteName: PUBLICATION.name, locale: PUBLICATION.locale, type: "website" },
  twitter: { card: "summary" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf6" },
    { media: "(prefers-color-scheme: dark)", color: "#151412" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={PUBLICATION.language}>
      <body>{children}</body>
    </html>
  );
}
