// Vitest setup: points DATABASE_URL at this worker's migrated test database before any lib/ import.
import { prepareTestDatabase } from "./test-db";

const engine = (process.env.TEST_DB ?? "sqlite") as "sqlite" | "postgres";
const worker = `${engine}_${process.env.VITEST_POOL_ID ?? "0"}`;
process.env.DATABASE_URL = await prepareTestDatabase(engine, worker);
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123456789";
process.env.APP_URL ??= "http://127.0.0.1:3100";
process.env.WORKER_IN_PROCESS = "false";
// next.config.js enables experimental.authInterrupts (forbidden()); Next sets this flag in builds.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
