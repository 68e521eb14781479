// Prisma CLI configuration: the WebAssembly schema engine ("js") so no native binary is downloaded.
// With a config file present the CLI does not read .env, so defaults live here.
import path from "node:path";
import { defineConfig } from "prisma/config";

process.env.DATABASE_URL ??= "file:./data/weekly-outlook.db";
const schema = process.env.PRISMA_SCHEMA ?? "prisma/schema.prisma";
const isPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(schema),
  async adapter() {
    if (isPostgres) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: process.env.DATABASE_URL });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? "" });
  },
});
