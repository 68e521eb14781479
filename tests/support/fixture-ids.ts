// Ids and the marker string of the members-only e2e fixture (no imports: shared by Vitest and Playwright).
export const MARKER = "ZQX-MEMBERS-ONLY-7f3a9c";
/** In the paid article and the paid section: must reach supporters (and staff) only. */
export const PAID_MARKER = "ZQX-SUPPORTERS-ONLY-41be02";
export const FIXTURE = {
  articleSlug: "members-only-leak-test",
  articleTitle: "Leak test: a members-only analysis",
  publicSlug: "public-comments-test",
  issueNumber: 9001,
  sectionId: "leaktestsection0001",
  publicSectionId: "leaktestsection0000",
  paidSlug: "supporters-only-leak-test",
  paidSectionId: "leaktestsection0002",
} as const;

