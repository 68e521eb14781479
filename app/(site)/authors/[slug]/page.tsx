// An author's profile and their published articles.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleList } from "@/components/site/article-list";
import { getAuthor, listAuthorArticles, listAuthorSlugs } from "@/lib/authors";

export const revalidate = 300;
export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };
const loadAuthor = cache((slug: string) => getAuthor(slug));

export async function generateStaticParams() {
  return (await listAuthorSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await loadAuthor((await params).slug);
  if (!author) return { title: "Author not found" };
  const description = author.bio ?? `Articles by ${author.name} in Weekly Outlook.`;
  return {
    title: author.name,
    description,
    alternates: { canonical: `/authors/${author.slug}` },
    openGraph: { type: "profile", title: author.name, description, url: `/authors/${author.slug}` },
  };
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .slice(0, 2)
    .join("")
    .toUpperCase();
}

export default async function AuthorPage({ params }: Props) {
  const author = await loadAuthor((await params).slug);
  if (!author) notFound();
  const articles = await listAuthorArticles(author.slug, { perPage: 50 });
  return (
    <div className="container">
      <header className="page-header author-header">
        <span className="avatar" aria-hidden="true">
          {initials(author.name)}
        </span>
        <div>
          <h1>{author.name}</h1>
          {author.location ? <p className="meta">{author.location}</p> : null}
          {author.bio ? <p>{author.bio}</p> : null}
        </div>
      </header>
      <section aria-labelledby="by-author">
        <div className="section-title">
          <h2 id="by-author">Articles by {author.name}</h2>
        </div>
        <ArticleList articles={articles.items} />
      </section>
    </div>
  );
}
