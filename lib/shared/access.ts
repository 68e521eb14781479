// Who is looking at content: the single input that decides whether members-only text may be returned.
/** `null` is an anonymous visitor — and what every statically cached public page passes. */
export type ContentViewer = { isMember: boolean } | null;

export function canReadMembersContent(viewer: ContentViewer): boolean {
  return viewer?.isMember === true;
}
