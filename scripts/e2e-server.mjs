// The app as e2e tests see it: the e2e database (migrated, seeded), a production build, next start.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
run("node", ["scripts/prisma.mjs", "prepare"]);
if (!existsSync(".next/BUILD_ID")) run("node", ["scripts/build.mjs"]);
const child = spawn("npx", ["next", "start", "-p", process.env.PORT ?? "3100", "-H", "127.0.0.1"], { stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
