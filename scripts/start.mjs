// `npm start` / `npm run dev`: migrate the database, seed it when it is new, build if needed, then
// serve. Zero configuration: SQLite under data/, mail kept in the local mailbox.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { builtSourceHash, sourceHash } from "./source-hash.mjs";

process.env.CHECKPOINT_DISABLE = "1";
process.env.NEXT_TELEMETRY_DISABLED = "1";
const mode = process.argv[2] === "dev" ? "dev" : "start";
const port = process.env.PORT || "3000";

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync("lib/generated/sqlite/client.ts") || !existsSync("lib/generated/postgres/client.ts")) run("node", ["scripts/prisma.mjs", "generate"]);
run("node", ["scripts/prisma.mjs", "prepare"]);
// The build holds no database content (docs/decisions/0040), only code: rebuild when the code
// changed since the build, or refuse with START_NO_BUILD=1 (an image whose build is final).
if (mode === "start") {
  const built = existsSync(".next/BUILD_ID") ? builtSourceHash() : null;
  const current = sourceHash();
  if (built !== current) {
    const why = built === null ? "no production build yet" : "the code changed since the last build";
    if (process.env.START_NO_BUILD === "1") {
      console.error(`[start] ${why}: refusing to start (START_NO_BUILD=1); run \`npm run build\``);
      process.exit(1);
    }
    console.log(`[start] ${why}: building`);
    run("node", ["scripts/build.mjs"]);
  }
}
const args = mode === "dev" ? ["next", "dev", "-p", port] : ["next", "start", "-p", port];
if (process.env.HOSTNAME_BIND) args.push("-H", process.env.HOSTNAME_BIND);
const child = spawn("npx", args, { stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
