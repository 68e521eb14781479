// RSS 2.0 feed of published articles. Members-only articles appear with their excerpt only.
import { listFeedArticles } from "@/lib/content/articles";
import { PUBLICATION } from "@/lib/shared/publication";
import { isBuildPhase } from "@/lib/server/build-phase";
import { absoluteUrl, siteUrl } from "@/lib/server/site-url";
import { absolutizeEmailHtml } from "@/lib/mail/absolute-urls";

export const revalidate = 300;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // Control characters are not allowed in XML 1.0.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}

function cdata(html: string): string {
  return `<![CDATA[${html.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

export async function GET() {
  // Build-time output, never served: scripts/build.mjs removes it.
  if (isBuildPhase()) return new Response("", { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
  const items = await listFeedArticles(30);
  const self = absoluteUrl("/feed.xml");
  const body = items
    .map((a) => {
      const link = absoluteUrl(`/articles/${a.slug}`);
      const parts = [
        `<title>${escapeXml(a.title)}</title>`,
        `<link>${escapeXml(link)}</link>`,
        `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
        `<pubDate>${a.publishedAt.toUTCString()}</pubDate>`,
        `<description>${escapeXml(a.excerpt)}</description>`,
        ...a.authors.map((au) => `<dc:creator>${escapeXml(au.name)}</dc:creator>`),
        ...a.topics.map((t) => `<category>${escapeXml(t.name)}</category>`),
      ];
      const c = a.cover;
      if (c) {
        // RSS 2.0 enclosure (needs the length) and Media RSS for readers that show a picture per item.
        if (c.bytes && c.mime) parts.push(`<enclosure url="${escapeXml(c.url)}" length="${c.bytes}" type="${c.mime}"/>`);
        const size = c.width && c.height ? ` width="${c.width}" height="${c.height}"` : "";
        parts.push(`<media:content url="${escapeXml(c.url)}" medium="image"${c.mime ? ` type="${c.mime}"` : ""}${size}/>`);
      }
      // Feed readers have no page to resolve "/uploads/…" against: body links and images go absolute too.
      if (a.html !== null) parts.push(`<content:encoded>${cdata(absolutizeEmailHtml(a.html, siteUrl()))}</content:encoded>`);
      return `<item>${parts.join("")}</item>`;
    })
    .join("\n");
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>${escapeXml(PUBLICATION.name)}</title>
<link>${escapeXml(absoluteUrl("/"))}</link>
<description>${escapeXml(PUBLICATION.description)}</description>
<language>${PUBLICATION.language}</language>
<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>
${items[0] ? `<lastBuildDate>${items[0].publishedAt.toUTCString()}</lastBuildDate>` : ""}
${body}
</channel>
</rss>
`;
  return new Response(xml, {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
