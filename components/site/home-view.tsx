// The front page: latest issue of the newsletter, latest articles, topics and the subscribe pitch.
import type { ArticleCard } from "@/lib/content/articles";
import type { IssueSummary } from "@/lib/content/issues";
import type { Paged } from "@/lib/shared/pagination";
import type { TopicSummary } from "@/lib/content/topics";
import { FormattedDate } from "../ui/formatted-date";
import { Pagination } from "../ui/pagination";
import { ArticleList } from "./article-list";
import { SubscribeCta } from "./subscribe-cta";

export function HomeView({
  latestIssue,
  articles,
  topics,
}: {
  latestIssue: IssueSummary | null;
  articles: Paged<ArticleCard>;
  topics: TopicSummary[];
}) {
  const firstPage = articles.page === 1;
  return (
    <div className="container">
      <h1 className="visually-hidden">Weekly Outlook{firstPage ? "" : ` — latest articles, page ${articles.page}`}</h1>
      {firstPage && latestIssue ? (
        <section className="lead-issue" aria-labelledby="latest-issue-heading">
          <span className="kicker">
            This week’s newsletter · Issue {latestIssue.number} · <FormattedDate date={latestIssue.publishedAt} />
          </span>
          <h2 id="latest-issue-heading">
            <a href={`/archive/${latestIssue.number}`}>{latestIssue.subject}</a>
          </h2>
          {latestIssue.preheader ? <p className="lead-issue__preheader">{latestIssue.preheader}</p> : null}
          <a className="button button--ghost" href={`/archive/${latestIssue.number}`}>
            Read the issue
          </a>
        </section>
      ) : null}
      <div className="home-grid">
        <section aria-labelledby="latest-heading">
          <div className="section-title">
            <h2 id="latest-heading">{firstPage ? "Latest" : `Latest — page ${articles.page}`}</h2>
          </div>
          <ArticleList articles={articles.items} />
          <Pagination basePath="/" page={articles.page} totalPages={articles.totalPages} label="Latest articles pages" />
        </section>
        <div className="sidebar">
          <SubscribeCta id="home-subscribe" />
          <section aria-labelledby="topics-heading">
            <div className="section-title">
              <h2 id="topics-heading">Topics</h2>
              <a href="/topics">All topics</a>
            </div>
            <ul className="topic-index">
              {topics.map((t) => (
                <li key={t.slug}>
                  <a href={`/topics/${t.slug}`}>{t.name}</a>
                  <span className="meta">{t.articleCount}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
