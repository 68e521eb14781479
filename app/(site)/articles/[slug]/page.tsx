// One article, statically generated and revalidated. Rendered for an anonymous viewer: members-only
// articles show their teaser and the members box, never the body (lib/articles enforces it).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AuthorLinks, ArticleList } from "@/components/site/article-list";
import { Comments } from "@/components/site/comments/comments";
import { CommentsTeaser } from "@/components/site/comments-teaser";
import { JsonLd } from "@/components/site/json-ld";
import { MembersGate } from "@/components/site/members-gate";
import { Prose } from "@/components/site/prose";
import { SubscribeCta } from "@/components/site/subscribe-cta";
import { FormattedDate } from "@/components/ui/formatted-date";
import { getArticleForViewer, listMoreByAuthors } from "@/lib/content/articles";
import { PUBLICATION } from "@/lib/shared/publication";
import { LEVEL_LABEL } from "@/lib/shared/access";
import { absoluteUrl } from "@/lib/server/site-url";
import { listTopics } from "@/lib/content/topics";
import { getSiteBrand } from "@/lib/settings/site-brand";
import "@/components/site/images.css";

export const revalidate = 300;
// Articles published after the build render on first request, then join the cache.
export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };

const getArticle = cache((slug: string) => getArticleForViewer(slug, null));

// Nothing is prerendered at build (the build never reads the database): each page renders on
// first request from the runtime database and is cached from then on.
export function generateStaticParams(): never[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) return { title: "Article not found" };
  const path = `/articles/${article.slug}`;
  const cover = article.cover;
  // Social crawlers fetch the image themselves: an absolute URL, with its size so cards lay out at once.
  const images = cover
    ? [{ url: cover.url, alt: article.title, ...(cover.width && cover.height ? { width: cover.width, height: cover.height } : {}), ...(cover.mime ? { type: cover.mime } : {}) }]
    : undefined;
  return {
    title: article.title,
    description: article.excerpt,
    authors: article.authors.map((a) => ({ name: a.name, url: `/authors/${a.slug}` })),
    alternates: { canonical: path },
    openGraph: {
      type: "article",
      url: path,
      title: article.title,
      description: article.excerpt,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      authors: article.authors.map((a) => a.name),
      tags: article.topics.map((t) => t.name),
      images,
    },
    twitter: cover
      ? { card: "summary_large_image", title: article.title, description: article.excerpt, images }
      : { card: "summary", title: article.title, description: article.excerpt },
  };
}

export default async function ArticlePage({ params }: Props) {
  const slug = (await params).slug;
  const article = await getArticle(slug);
  if (!article) notFound();
  const path = `/articles/${article.slug}`;
  const [more, topics, brand] = await Promise.all([
    listMoreByAuthors(
      article.authors.map((a) => a.slug),
      article.slug,
    ),
    listTopics(),
    getSiteBrand(),
  ]);
  const cover = article.cover;
  const firstAuthor = article.authors[0];

  return (
    <article className="container">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "NewsArticle",
          headline: article.title,
          description: article.excerpt,
          datePublished: article.publishedAt.toISOString(),
          dateModified: article.updatedAt.toISOString(),
          author: article.authors.map((a) => ({ "@type": "Person", name: a.name, url: absoluteUrl(`/authors/${a.slug}`) })),
          ...(cover
            ? { image: [{ "@type": "ImageObject", url: cover.url, ...(cover.width && cover.height ? { width: cover.width, height: cover.height } : {}) }] }
            : {}),
          publisher: {
            "@type": "Organization",
            name: PUBLICATION.name,
            url: absoluteUrl("/"),
            ...(brand.logo
              ? { logo: { "@type": "ImageObject", url: brand.logo.url, ...(brand.logo.width && brand.logo.height ? { width: brand.logo.width, height: brand.logo.height } : {}) } }
              : {}),
          },
          mainEntityOfPage: absoluteUrl(path),
          // Members-only text is never in this page, so there is no paywalled part to point at.
          isAccessibleForFree: article.visibility === "public",
        }}
      />
      <header className="article-header">
        {article.topics[0] ? (
          <a className="kicker" href={`/topics/${article.topics[0].slug}`}>
            {article.topics[0].name}
          </a>
        ) : null}
        <h1>{article.title}</h1>
        <p className="article-standfirst">{article.excerpt}</p>
        <div className="byline">
          {article.authors.length > 0 ? (
            <p className="byline__authors">
              By <AuthorLinks authors={article.authors} />
            </p>
          ) : null}
          <p className="meta">
            <FormattedDate date={article.publishedAt} />
            <span className="dot" />
            {article.readingMinutes} min read
            {article.visibility !== "public" ? (
              <>
                {" "}
                <span className="badge">{LEVEL_LABEL[article.visibility]}</span>
              </>
            ) : null}
          </p>
        </div>
      </header>

      {cover ? (
        <figure className="article-cover">
          {/* The headline says what the picture is about; until covers get their own alt text it is decorative. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- uploads are served as stored (cached pages, no per-request optimizer) */}
          <img
            src={cover.src}
            alt=""
            fetchPriority="high"
            decoding="async"
            {...(cover.width && cover.height ? { width: cover.width, height: cover.height } : {})}
          />
        </figure>
      ) : null}

      {article.locked ? (
        // Members get the full body from the per-viewer API; the cached page holds the teaser only.
        <MembersGate src={`/api/members-content/articles/${article.slug}`} what="article" callbackPath={path} need={article.visibility === "paid" ? "paid" : "members"}>
          <Prose html={article.html} className="prose--locked" />
        </MembersGate>
      ) : (
        <Prose html={article.html} />
      )}

      <footer className="article-footer">
        {article.topics.length > 0 ? (
          <section aria-labelledby="filed-under">
            <h2 id="filed-under" className="visually-hidden">
              Topics of this article
            </h2>
            <ul className="tag-list">
              {article.topics.map((t) => (
                <li key={t.slug}>
                  <a href={`/topics/${t.slug}`}>{t.name}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <Comments articleSlug={article.slug} articlePath={path}>
          <CommentsTeaser count={article.commentCount} articlePath={path} />
        </Comments>

        {firstAuthor && more.length > 0 ? (
          <section aria-labelledby="more-by">
            <div className="section-title">
              <h2 id="more-by">More articles by {article.authors.length > 1 ? "these authors" : firstAuthor.name}</h2>
              <a href={`/authors/${firstAuthor.slug}`}>All</a>
            </div>
            <ArticleList articles={more} />
          </section>
        ) : null}

        <section aria-labelledby="explore-topics">
          <div className="section-title">
            <h2 id="explore-topics">Explore topics</h2>
          </div>
          <ul className="tag-list">
            {topics.map((t) => (
              <li key={t.slug}>
                <a href={`/topics/${t.slug}`}>{t.name}</a>
              </li>
            ))}
          </ul>
        </section>

        <SubscribeCta id="article-subscribe" next={path} />
      </footer>
    </article>
  );
}
