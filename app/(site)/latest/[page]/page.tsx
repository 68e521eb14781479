// Further pages of the home list (`/?page=N` is rewritten here). Out-of-range pages are 404s.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { HomeView } from "@/components/site/home-view";
import { listPublishedArticles } from "@/lib/content/articles";
import { parsePage } from "@/lib/shared/pagination";
import { listTopics } from "@/lib/content/topics";

export const revalidate = 300;
const PAGE_SIZE = 10;

type Props = { params: Promise<{ page: string }> };

export async function generateStaticParams() {
  const { totalPages } = await listPublishedArticles({ page: 1, perPage: PAGE_SIZE });
  return Array.from({ length: Math.min(totalPages, 5) - 1 }, (_, i) => ({ page: String(i + 2) }));
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
