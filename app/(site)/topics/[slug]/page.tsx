// One topic and its latest published articles, first page. `/topics/x?page=N` is rewritten to
// /topics/x/pages/N (next.config.js) so both stay static.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TopicView } from "@/components/site/topic-view";
import { getTopic, listTopicArticles } from "@/lib/content/topics";

export const revalidate = 300;
export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };
const loadTopic = cache((slug: string) => getTopic(slug));

// Nothing is prerendered at build (the build never reads the database): each page renders on
// first request from the runtime database and is cached from then on.
export function generateStaticParams(): never[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await loadTopic((await params).slug);
  if (!topic) return { title: "Topic not found" };
  const description = topic.description ?? `Weekly Outlook articles on ${topic.name}.`;
  return {
    title: topic.name,
    description,
    alternates: { canonical: `/topics/${topic.slug}` },
    openGraph: { title: topic.name, description, url: `/topics/${topic.slug}` },
  };
}

export default async function TopicPage({ params }: Props) {
  const topic = await loadTopic((await params).slug);
  if (!topic) notFound();
  const articles = await listTopicArticles(topic.slug, { page: 1 });
  return <TopicView topic={topic} articles={articles} />;
}
