// Further pages of a topic (`/topics/x?page=N` is rewritten here). Out-of-range or malformed page numbers are 404s.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { TopicView } from "@/components/site/topic-view";
import { parsePage } from "@/lib/shared/pagination";
import { getTopic, listTopicArticles } from "@/lib/content/topics";

export const revalidate = 300;
export const dynamicParams = true;

type Props = { params: Promise<{ slug: string; page: string }> };
const loadTopic = cache((slug: string) => getTopic(slug));

// Nothing is prerendered at build (the build never reads the database): each page renders on
// first request from the runtime database and is cached from then on.
export function generateStaticParams(): never[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page: raw } = await params;
  const page = parsePage(raw);
  const topic = page === null ? null : await loadTopic(slug);
  if (!topic) return { title: "Topic not found" };
  const title = `${topic.name}, page ${page}`;
  const description = topic.description ?? `Weekly Outlook articles on ${topic.name}.`;
  const url = `/topics/${topic.slug}?page=${page}`;
  return { title, description, alternates: { canonical: url }, openGraph: { title, description, url } };
}

export default async function TopicPagedPage({ params }: Props) {
  const { slug, page: raw } = await params;
  const page = parsePage(raw);
  if (page === null) notFound();
  const topic = await loadTopic(slug);
  if (!topic) notFound();
  if (page === 1) redirect(`/topics/${topic.slug}`);
  const articles = await listTopicArticles(topic.slug, { page });
  if (page > articles.totalPages) notFound();
  return <TopicView topic={topic} articles={articles} />;
}
