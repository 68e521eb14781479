// The one Prisma client. SQLite (embedded default) or PostgreSQL, chosen by DATABASE_URL at runtime.
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { isBuildPhase } from "./build-phase";
import { env } from "./env";
import { PrismaClient as PostgresClient } from "../generated/postgres/client";
import { PrismaClient } from "../generated/sqlite/client";
import { sqlitePath } from "./migrations.mjs";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

function create(): PrismaClient {
  if (env.isPostgres) {
    const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 });
    // Both clients are generated from one model (README Decision 2); their query API is the same,
    // so the SQLite client's type stands for both.
    return new PostgresClient({ adapter }) as unknown as PrismaClient;
  }
  const adapter = new PrismaBetterSQLite3({ url: sqlitePath(env.DATABASE_URL), timeout: 10_000 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { __weeklyOutlookDb?: PrismaClient };
// `next build` must not read the database (docs/decisions/0040): any query during the build fails
// loudly instead of baking one database's content into the output.
function buildGuard(): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_t, prop) {
      if (typeof prop === "symbol" || prop === "then") return undefined;
      throw new Error(`the database was used during \`next build\` (db.${String(prop)}); public pages must read it at request time`);
    },
  });
}

export const db: PrismaClient = isBuildPhase() ? buildGuard() : (globalForDb.__weeklyOutlookDb ??= create());
export const isPostgres = env.isPostgres;
