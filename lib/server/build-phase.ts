// Whether this code runs inside `next build`: public pages then render nothing from the database.
// The build must never read the database (docs/decisions/0040): pages render on first request
// from the runtime database, and scripts/build.mjs drops the empty build-time shells.
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}
