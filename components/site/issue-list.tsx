// The archive list of newsletter issues.
import type { IssueSummary } from "@/lib/content/issues";
import { FormattedDate } from "../ui/formatted-date";

export function IssueList({ issues }: { issues: IssueSummary[] }) {
  if (issues.length === 0) return <p className="meta">No issues have been sent yet.</p>;
  return (
    <ol className="issue-list" reversed>
      {issues.map((issue) => (
        <li key={issue.number}>
          <span className="issue-list__number" aria-hidden="true">
            #{issue.number}
          </span>
          <div>
            <h2>
              <a href={`/archive/${issue.number}`}>
                <span className="visually-hidden">Issue {issue.number}: </span>
                {issue.subject}
              </a>
            </h2>
            {issue.preheader ? <p className="article-card__excerpt">{issue.preheader}</p> : null}
            <p className="meta">
              <FormattedDate date={issue.publishedAt} />
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
