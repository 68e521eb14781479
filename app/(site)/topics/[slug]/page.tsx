// One topic and its latest published articles.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleList } from "@/components/site/article-list";
import { SubscribeCta } from "@/components/site/subscribe-cta";
import { getTopic, listTopicArticles, listTopicSlugs } from "@/lib/topics";

export const revalidate = 300;
export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };
const loadTopic = cache((slug: string) => getTopic(slug));

export async function generateStaticParams() {
  return (await listTopicSlugs()).map((slug) => ({ slug }));
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
  const articles = await listTopicArticles(topic.slug, { perPage: 50 });
  return (
    <div className="container">
      <header className="page-header">
        <span className="kicker">Topic</span>
        <h1>{topic.name}</h1>
        {topic.description ? <p>{topic.description}</p> : null}
      </header>
      <div className="home-grid">
        <section aria-label={`Articles on ${topic.name}`}>
          <ArticleList articles={articles.items} headingLevel={2} />
        </section>
        <div className="sidebar">
          <SubscribeCta id="topic-subscribe" />
        </div>
      </div>
    </div>
  );
}
