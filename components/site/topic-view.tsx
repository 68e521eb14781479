// One topic and a page of its published articles (the topic page and its `?page=N` pages).
import type { ArticleCard } from "@/lib/content/articles";
import type { Paged } from "@/lib/shared/pagination";
import type { TopicSummary } from "@/lib/content/topics";
import { Pagination } from "../ui/pagination";
import { ArticleList } from "./article-list";
import { SubscribeCta } from "./subscribe-cta";

export function TopicView({ topic, articles }: { topic: Omit<TopicSummary, "articleCount">; articles: Paged<ArticleCard> }) {
  return (
    <div className="container">
      <header className="page-header">
        <span className="kicker">Topic</span>
        <h1>
          {topic.name}
          {articles.page > 1 ? `, page ${articles.page}` : ""}
        </h1>
        {topic.description ? <p>{topic.description}</p> : null}
      </header>
      <div className="home-grid">
        <section aria-label={`Articles on ${topic.name}`}>
          <ArticleList articles={articles.items} headingLevel={2} />
          <Pagination
            basePath={`/topics/${topic.slug}`}
            page={articles.page}
            totalPages={articles.totalPages}
            label={`Pages of articles on ${topic.name}`}
          />
        </section>
        <div className="sidebar">
          <SubscribeCta id="topic-subscribe" />
        </div>
      </div>
    </div>
  );
}
