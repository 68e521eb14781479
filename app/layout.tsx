// Root layout: document shell and site-wide metadata only. Each face (site, account, admin) brings its own chrome.
import type { Metadata, Viewport } from "next";
import { PUBLICATION } from "@/lib/shared/publication";
import { siteUrl } from "@/lib/server/site-url";
import { getSettings } from "@/lib/settings/settings";
import "./globals.css";

// The publication's own name (settings, written by the first-run setup); the demo keeps its tagline.
export async function generateMetadata(): Promise<Metadata> {
  const s = await getSettings();
  const name = s.publicationName;
  const demo = name === PUBLICATION.name;
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: demo ? `${name} — ${PUBLICATION.tagline}` : name, template: `%s · ${name}` },
    description: demo ? PUBLICATION.description : s.description,
    applicationName: name,
    alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: name }] } },
    openGraph: { siteName: name, locale: PUBLICATION.locale, type: "website" },
    twitter: { card: "summary" },
  };
}

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
