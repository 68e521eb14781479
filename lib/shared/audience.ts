// One definition of "who gets the newsletter", worded once for every page that shows the figures
// (dashboard, Send page). The counting itself is lib/sends/create-send.ts countRecipients: active
// subscriptions of the newsletter, minus suppressed addresses; "members" are the ones who get the
// member email (an active membership, or staff).
export const AUDIENCE_LABELS = {
  member: "Members and staff (members-only sections in full)",
  free: "Free subscribers (teasers with “Sign in to read”)",
  total: "Subscribers",
  definition: "Active subscribers of this newsletter right now, minus suppressed addresses.",
} as const;
