// An author's profile and their published articles, first page. `/authors/x?page=N` is rewritten to
// /authors/x/pages/N (next.config.js) so both stay static.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AuthorView } from "@/components/site/author-view";
import { getAuthor, listAuthorArticles } from "@/lib/content/authors";

export const revalidate = 300;
export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };
const loadAuthor = cache((slug: string) => getAuthor(slug));

// Nothing is prerendered at build (the build never reads the database): each page renders on
// first request from the runtime database and is cached from then on.
export function generateStaticParams(): never[] {
  return [];
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

export default async function AuthorPage({ params }: Props) {
  const author = await loadAuthor((await params).slug);
  if (!author) notFound();
  const articles = await listAuthorArticles(author.slug, { page: 1 });
  return <AuthorView author={author} articles={articles} />;
}
