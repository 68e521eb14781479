// `npm start` / `npm run dev`: migrate the database, seed it when it is new, build if needed, then
// serve. Zero configuration: SQLite under data/, mail kept in the local mailbox.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

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
if (mode === "start" && !existsSync(".next/BUILD_ID")) {
  console.log("[start] no production build yet: building (once)");
  run("npx", ["next", "build"]);
}
const args = mode === "dev" ? ["next", "dev", "-p", port] : ["next", "start", "-p", port];
if (process.env.HOSTNAME_BIND) args.push("-H", process.env.HOSTNAME_BIND);
const child = spawn("npx", args, { stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
