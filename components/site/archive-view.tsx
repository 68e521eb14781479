// The newsletter archive: every sent issue, newest first.
import type { IssueSummary } from "@/lib/content/issues";
import type { Paged } from "@/lib/shared/pagination";
import { Pagination } from "../ui/pagination";
import { IssueList } from "./issue-list";
import { SubscribeCta } from "./subscribe-cta";

export function ArchiveView({ issues }: { issues: Paged<IssueSummary> }) {
  return (
    <div className="container">
      <header className="page-header">
        <span className="kicker">Newsletter archive</span>
        <h1>Weekly Outlook{issues.page > 1 ? `, page ${issues.page}` : ""}</h1>
        <p>Every issue of our Friday briefing on Central and Eastern Europe, as it was sent.</p>
      </header>
      <div className="home-grid">
        <section aria-label="Issues">
          <IssueList issues={issues.items} />
          <Pagination basePath="/archive" page={issues.page} totalPages={issues.totalPages} label="Archive pages" />
        </section>
        <div className="sidebar">
          <SubscribeCta id="archive-subscribe" heading="Get the next issue" />
        </div>
      </div>
    </div>
  );
}
