// Further pages of a topic (`/topics/x?page=N` is rewritten here). Out-of-range or malformed page numbers are 404s.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { TopicView } from "@/components/site/topic-view";
import { parsePage, totalPagesOf } from "@/lib/shared/pagination";
import { getTopic, listTopicArticles, listTopics, TOPIC_ARTICLES_PER_PAGE } from "@/lib/content/topics";

export const revalidate = 300;
export const dynamicParams = true;

type Props = { params: Promise<{ slug: string; page: string }> };
const loadTopic = cache((slug: string) => getTopic(slug));

export async function generateStaticParams() {
  const topics = await listTopics();
  return topics.flatMap((t) => {
    const totalPages = Math.min(totalPagesOf(t.articleCount, TOPIC_ARTICLES_PER_PAGE), 5);
    return Array.from({ length: totalPages - 1 }, (_, i) => ({ slug: t.slug, page: String(i + 2) }));
  });
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
