// Health checks that touch the database without exposing anything.
import "server-only";
import { db } from "./db";

export async function checkDatabase(): Promise<boolean> {
  try {
    await db.newsletter.count();
    return true;
  } catch {
    return false;
  }
}
