// Further archive pages. Out-of-range or malformed page numbers are 404s.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ArchiveView } from "@/components/site/archive-view";
import { listPublicIssues } from "@/lib/content/issues";
import { parsePage } from "@/lib/shared/pagination";

export const revalidate = 300;
export const dynamicParams = true;

type Props = { params: Promise<{ page: string }> };

// Nothing is prerendered at build (the build never reads the database): each page renders on
// first request from the runtime database and is cached from then on.
export function generateStaticParams(): never[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return { title: `Newsletter archive, page ${page}`, alternates: { canonical: `/archive?page=${page}` } };
}

export default async function ArchivePagedPage({ params }: Props) {
  const page = parsePage((await params).page);
  if (page === null) notFound();
  if (page === 1) redirect("/archive");
  const issues = await listPublicIssues({ page });
  if (page > issues.totalPages) notFound();
  return <ArchiveView issues={issues} />;
}
