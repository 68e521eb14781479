// One issue's web version. Sections above the viewer's level show their teaser and the way in.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleList } from "@/components/site/article-list";
import { MembersGate } from "@/components/site/members-gate";
import { Prose } from "@/components/site/prose";
import { SubscribeCta } from "@/components/site/subscribe-cta";
import { FormattedDate } from "@/components/ui/formatted-date";
import { getIssueForViewer } from "@/lib/content/issues";
import { LEVEL_LABEL } from "@/lib/shared/access";

export const revalidate = 300;
export const dynamicParams = true;

type Props = { params: Promise<{ number: string }> };

function parseNumber(raw: string): number | null {
  return /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : null;
}

const loadIssue = cache((n: number) => getIssueForViewer(n, null));

// Nothing is prerendered at build (the build never reads the database): each page renders on
// first request from the runtime database and is cached from then on.
export function generateStaticParams(): never[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = parseNumber((await params).number);
  const issue = n === null ? null : await loadIssue(n);
  if (!issue) return { title: "Issue not found" };
  const title = `${issue.subject} (issue ${issue.number})`;
  return {
    title,
    description: issue.preheader || undefined,
    alternates: { canonical: `/archive/${issue.number}` },
    openGraph: { type: "article", title, description: issue.preheader || undefined, url: `/archive/${issue.number}`, publishedTime: issue.publishedAt.toISOString() },
    twitter: { card: "summary", title, description: issue.preheader || undefined },
  };
}

export default async function IssuePage({ params }: Props) {
  const n = parseNumber((await params).number);
  if (n === null) notFound();
  const issue = await loadIssue(n);
  if (!issue) notFound();
  const path = `/archive/${issue.number}`;
  return (
    <article className="container">
      <header className="article-header">
        <a className="kicker" href="/archive">
          {issue.newsletterName} · Issue {issue.number}
        </a>
        <h1>{issue.subject}</h1>
        {issue.preheader ? <p className="article-standfirst">{issue.preheader}</p> : null}
        <p className="meta byline">
          Sent <FormattedDate date={issue.publishedAt} />
        </p>
      </header>
      {issue.sections.map((s) => (
        <section key={s.id} className="issue-section" aria-labelledby={`section-${s.id}`}>
          <h2 id={`section-${s.id}`}>
            {s.heading}
            {s.visibility !== "public" ? (
              <>
                {" "}
                <span className="badge">{LEVEL_LABEL[s.visibility]}</span>
              </>
            ) : null}
          </h2>
          {s.locked ? (
            // Members get the full section from the per-viewer API; the cached page holds the teaser only.
            <MembersGate
              src={`/api/members-content/issues/${issue.number}/sections/${s.id}`}
              what="section"
              callbackPath={`${path}#section-${s.id}`}
              need={s.visibility === "paid" ? "paid" : "members"}
            >
              <Prose html={s.html} />
            </MembersGate>
          ) : (
            <Prose html={s.html} />
          )}
        </section>
      ))}
      <footer className="article-footer">
        {issue.articles.length > 0 ? (
          <section aria-labelledby="in-this-issue">
            <div className="section-title">
              <h2 id="in-this-issue">In this issue</h2>
            </div>
            <ArticleList articles={issue.articles} />
          </section>
        ) : null}
        <SubscribeCta id="issue-subscribe" heading="Get the next issue in your inbox" next={path} />
      </footer>
    </article>
  );
}
