// Exponential backoff shared by the outbox and the send ledger: base, 2×base, 4×base, … capped.
export function exponentialBackoffMs(attempts: number, baseMs: number, capMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), capMs);
}
