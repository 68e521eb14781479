// Lets Node scripts (seed, worker, benchmarks) import server modules guarded by `import "server-only"`:
// outside Next that package throws by design, so scripts resolve it to an empty module.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(s, c, next) { if (s === "server-only") return { url: "data:text/javascript,", shortCircuit: true }; return next(s, c); }`,
    ),
);
