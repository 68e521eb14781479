// Further pages of the home list (`/?page=N` is rewritten here). Out-of-range pages are 404s.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { HomeView } from "@/components/site/home-view";
import { listPublishedArticles } from "@/lib/content/articles";
import { parsePage } from "@/lib/shared/pagination";
import { listTopics } from "@/lib/content/topics";

export const revalidate = 300;
export const dynamicParams = true;
const PAGE_SIZE = 10;

type Props = { params: Promise<{ page: string }> };

// Nothing is prerendered at build (the build never reads the database): each page renders on
// first request from the runtime database and is cached from then on.
export function generateStaticParams(): never[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return { title: `Latest articles, page ${page}`, alternates: { canonical: `/?page=${page}` } };
}

export default async function LatestPage({ params }: Props) {
  const page = parsePage((await params).page);
  if (page === null) notFound();
  if (page === 1) redirect("/");
  const [articles, topics] = await Promise.all([listPublishedArticles({ page, perPage: PAGE_SIZE }), listTopics()]);
  if (page > articles.totalPages) notFound();
  return <HomeView latestIssue={null} articles={articles} topics={topics} />;
}
