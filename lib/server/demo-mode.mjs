// Whether this start is the quick-start demo (demo content and demo accounts) or a real site (an
// empty database gets the one-time owner setup). Plain JS: scripts/prisma.mjs decides with it
// before anything is built (docs/decisions/0050).
import { DEFAULT_DATABASE_URL } from "./migrations.mjs";

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1)$/;
const TRUE = ["1", "true", "yes", "on"];
const FALSE = ["0", "false", "no", "off"];

/**
 * The demo is `DEMO=1`, or the embedded default (no DATABASE_URL, or the default SQLite file) on a
 * loopback APP_URL (or none). `DEMO=0` turns it off even there. Anything else is a real site.
 * @param {Record<string, string | undefined>} [e]
 */
export function isDemoMode(e = process.env) {
  const flag = (e.DEMO ?? "").trim().toLowerCase();
  if (TRUE.includes(flag)) return true;
  if (FALSE.includes(flag)) return false;
  const url = (e.DATABASE_URL ?? "").trim() || DEFAULT_DATABASE_URL;
  if (url !== DEFAULT_DATABASE_URL) return false;
  const app = (e.APP_URL ?? "").trim();
  if (!app) return true;
  try {
    return LOOPBACK.test(new URL(app).hostname);
  } catch {
    return false;
  }
}
