// Further pages of an author's articles (`/authors/x?page=N` is rewritten here). Out-of-range or malformed
// page numbers are 404s.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { AuthorView } from "@/components/site/author-view";
import { getAuthor, listAuthorArticles } from "@/lib/content/authors";
import { parsePage } from "@/lib/shared/pagination";

export const revalidate = 300;
export const dynamicParams = true;

type Props = { params: Promise<{ slug: string; page: string }> };
const loadAuthor = cache((slug: string) => getAuthor(slug));

// Nothing is prerendered at build (the build never reads the database): each page renders on
// first request from the runtime database and is cached from then on.
export function generateStaticParams(): never[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page: raw } = await params;
  const page = parsePage(raw);
  const author = page === null ? null : await loadAuthor(slug);
  if (!author) return { title: "Author not found" };
  const title = `${author.name}, page ${page}`;
  const description = author.bio ?? `Articles by ${author.name} in Weekly Outlook.`;
  const url = `/authors/${author.slug}?page=${page}`;
  return { title, description, alternates: { canonical: url }, openGraph: { type: "profile", title, description, url } };
}

export default async function AuthorPagedPage({ params }: Props) {
  const { slug, page: raw } = await params;
  const page = parsePage(raw);
  if (page === null) notFound();
  const author = await loadAuthor(slug);
  if (!author) notFound();
  if (page === 1) redirect(`/authors/${author.slug}`);
  const articles = await listAuthorArticles(author.slug, { page });
  if (page > articles.totalPages) notFound();
  return <AuthorView author={author} articles={articles} />;
}
