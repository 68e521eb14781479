// Next.js start-up hook: client-IP stamping, database check and in-process workers (Node runtime only, not during build).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { installSocketIpStamp } = await import("./lib/server/socket-ip");
  installSocketIpStamp();
  const { boot } = await import("./lib/server/boot");
  await boot();
}
