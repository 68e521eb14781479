// Archive, first page. `/archive?page=N` is rewritten to /archive/pages/N (next.config.js).
import type { Metadata } from "next";
import { ArchiveView } from "@/components/site/archive-view";
import { listPublicIssues } from "@/lib/content/issues";

export const revalidate = 300;
export const metadata: Metadata = {
  title: "Newsletter archive",
  description: "Every issue of the Weekly Outlook newsletter.",
  alternates: { canonical: "/archive" },
};

export default async function ArchivePage() {
  return <ArchiveView issues={await listPublicIssues({ page: 1 })} />;
}
