// Health checks that touch the database without exposing anything.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "./db";

const BOOT = Symbol.for("weekly-outlook.boot-id");

/** A random id fixed for the life of this server process: a changed id means the process restarted. */
export function bootId(): string {
  const g = globalThis as { [BOOT]?: string };
  return (g[BOOT] ??= randomUUID());
}

export async function checkDatabase(): Promise<boolean> {
  try {
    await db.newsletter.count();
    return true;
  } catch {
    return false;
  }
}
