// Stands in for the "server-only" package under Vitest (it throws outside Next by design).
export {};
