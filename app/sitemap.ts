// sitemap.xml: the home page, lists, and every published article, topic, author and sent issue.
import type { MetadataRoute } from "next";
import { listArticlesForSitemap } from "@/lib/content/articles";
import { listAuthorSlugs } from "@/lib/content/authors";
import { listPublicIssueNumbers } from "@/lib/content/issues";
import { isBuildPhase } from "@/lib/server/build-phase";
import { absoluteUrl } from "@/lib/server/site-url";
import { listTopicSlugs } from "@/lib/content/topics";

export const revalidate = 300;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Build-time output, never served: scripts/build.mjs removes it.
  if (isBuildPhase()) return [];
  const [articles, topics, authors, issues] = await Promise.all([
    listArticlesForSitemap(),
    listTopicSlugs(),
    listAuthorSlugs(),
    listPublicIssueNumbers(),
  ]);
  return [
    { url: absoluteUrl("/"), changeFrequency: "daily", priority: 1 },
    { url: absoluteUrl("/topics"), changeFrequency: "weekly" },
    { url: absoluteUrl("/authors"), changeFrequency: "weekly" },
    { url: absoluteUrl("/archive"), changeFrequency: "weekly" },
    ...articles.map((a) => ({ url: absoluteUrl(`/articles/${a.slug}`), lastModified: a.updatedAt })),
    ...topics.map((slug) => ({ url: absoluteUrl(`/topics/${slug}`) })),
    ...authors.map((slug) => ({ url: absoluteUrl(`/authors/${slug}`) })),
    ...issues.map((i) => ({ url: absoluteUrl(`/archive/${i.number}`), lastModified: i.updatedAt })),
  ];
}
