// What the bad-input suite attacks, found rather than listed: every page and route handler in the app/
// route tree (with the methods a route exports and the query and body names its source reads), and
// every server action in the build's action manifest (.next/server/server-reference-manifest.json)
// with a page that serves it. A new route or action is covered without editing the suite.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type Segment = { kind: "static"; value: string } | { kind: "param"; name: string; parent: string } | { kind: "catchall"; name: string; optional: boolean };

export type PageEndpoint = { kind: "page"; file: string; segments: Segment[]; queryNames: string[] };
export type RouteEndpoint = { kind: "route"; file: string; segments: Segment[]; methods: string[]; queryNames: string[]; bodyNames: string[] };
export type ActionEndpoint = { kind: "action"; id: string; name: string; file: string; page: Segment[]; fieldNames: string[]; arity: number; takesFormData: boolean };
export type Endpoint = PageEndpoint | RouteEndpoint | ActionEndpoint;

const COMMON_QUERY = ["page", "q", "id", "slug", "token", "email", "status", "sort", "dir", "callbackUrl", "error", "next"];
const COMMON_FIELDS = ["email", "name", "id", "memberId", "articleId", "issueId", "slug", "title", "body", "markdown", "number", "page", "token", "code", "role", "tier", "status", "op", "confirm", "newsletterId", "subject"];

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** The URL segments of a folder under app/, or null for a folder that is no URL (a slot or a private folder). */
function segmentsOf(routeDir: string): Segment[] | null {
  const parts = routeDir.split(path.sep).filter(Boolean);
  const segs: Segment[] = [];
  let parent = "";
  for (const p of parts) {
    if (p.startsWith("(") && p.endsWith(")")) continue; // route group
    if (p.startsWith("@") || p.startsWith("_")) return null; // parallel slot or private folder: not a URL
    const optional = /^\[\[\.\.\.(.+)\]\]$/.exec(p);
    const catchall = /^\[\.\.\.(.+)\]$/.exec(p);
    const param = /^\[(.+)\]$/.exec(p);
    if (optional) segs.push({ kind: "catchall", name: optional[1]!, optional: true });
    else if (catchall) segs.push({ kind: "catchall", name: catchall[1]!, optional: false });
    else if (param) segs.push({ kind: "param", name: param[1]!, parent });
    else {
      segs.push({ kind: "static", value: p });
      parent = p;
    }
  }
  return segs;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Query names a page or route reads: `searchParams.get("x")`, `sp.x` where `sp = await searchParams`, destructuring. */
function queryNamesIn(source: string): string[] {
  const names: string[] = [];
  for (const m of source.matchAll(/searchParams\.get\(\s*["'`]([\w-]+)["'`]/g)) names.push(m[1]!);
  for (const m of source.matchAll(/(?:const|let)\s+(\w+)\s*=\s*await\s+searchParams/g)) {
    for (const n of source.matchAll(new RegExp(`\\b${m[1]}\\.(\\w+)`, "g"))) names.push(n[1]!);
    for (const n of source.matchAll(new RegExp(`\\b${m[1]}\\[["'](\\w+)["']\\]`, "g"))) names.push(n[1]!);
  }
  for (const m of source.matchAll(/(?:const|let)\s*\{([^}]*)\}\s*=\s*await\s+searchParams/g)) {
    for (const n of m[1]!.split(",")) {
      const name = n.split(":")[0]!.split("=")[0]!.trim();
      if (/^\w+$/.test(name)) names.push(name);
    }
  }
  return unique(names.filter((n) => !["then", "get", "has", "toString"].includes(n)));
}

/** Field names read from a form or a JSON body: `formData.get("x")`, `form.get("x")`, zod object keys `x: z.`. */
function fieldNamesIn(source: string): string[] {
  const names: string[] = [];
  for (const m of source.matchAll(/\.(?:get|getAll|has)\(\s*["'`]([\w$-]+)["'`]\s*\)/g)) names.push(m[1]!);
  for (const m of source.matchAll(/\b(\w+)\s*:\s*z\./g)) names.push(m[1]!);
  return unique(names);
}

/** The source of `file` and of the `@/lib/**` modules it imports (one level): where its schemas live. */
function sourceWithImports(root: string, file: string): string {
  let text = readFileSync(path.join(root, file), "utf8");
  for (const m of text.matchAll(/from\s+["']@\/(lib\/[^"']+)["']/g)) {
    for (const ext of [".ts", ".tsx", "/index.ts"]) {
      const p = path.join(root, m[1]! + ext);
      if (existsSync(p)) {
        text += "\n" + readFileSync(p, "utf8");
        break;
      }
    }
  }
  return text;
}

export function discoverRoutes(root: string): (PageEndpoint | RouteEndpoint)[] {
  const appDir = path.join(root, "app");
  const out: (PageEndpoint | RouteEndpoint)[] = [];
  for (const full of walk(appDir)) {
    const rel = path.relative(root, full);
    const base = path.basename(full);
    const dir = path.relative(appDir, path.dirname(full));
    if (/^page\.(tsx|ts|jsx|js)$/.test(base)) {
      const segs = segmentsOf(dir);
      if (!segs) continue;
      out.push({ kind: "page", file: rel, segments: segs, queryNames: unique([...queryNamesIn(readFileSync(full, "utf8")), ...COMMON_QUERY]) });
    } else if (/^route\.(ts|js)$/.test(base)) {
      const segs = segmentsOf(dir);
      if (!segs) continue;
      const source = readFileSync(full, "utf8");
      const methods = unique([...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)].map((m) => m[1]!));
      for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
        for (const n of m[1]!.split(",")) {
          const name = n.split(" as ").pop()!.trim();
          if (/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(name)) methods.push(name);
        }
      }
      out.push({
        kind: "route",
        file: rel,
        segments: segs,
        methods: unique(methods),
        queryNames: unique([...queryNamesIn(source), ...COMMON_QUERY]),
        bodyNames: unique([...fieldNamesIn(sourceWithImports(root, rel)), ...COMMON_FIELDS]),
      });
    }
  }
  // metadata routes (robots.ts, sitemap.ts) answer at a fixed address
  for (const [file, url] of [["app/robots.ts", "robots.txt"], ["app/sitemap.ts", "sitemap.xml"]] as const) {
    if (existsSync(path.join(root, file))) out.push({ kind: "route", file, segments: [{ kind: "static", value: url }], methods: ["GET"], queryNames: COMMON_QUERY, bodyNames: COMMON_FIELDS });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };

/** Parameters of `export async function name(...)` in the action's source: count, and whether one is a FormData. */
function signatureOf(source: string, name: string): { arity: number; takesFormData: boolean } {
  // built with lib/server/action.ts: formAction (prev, formData), submitAction (formData), callAction (input)
  const built = new RegExp(`export\\s+const\\s+${name}\\s*=\\s*(formAction|submitAction|callAction)\\b`).exec(source);
  if (built) return built[1] === "formAction" ? { arity: 2, takesFormData: true } : built[1] === "submitAction" ? { arity: 1, takesFormData: true } : { arity: 1, takesFormData: false };
  const m = new RegExp(`export\\s+(?:async\\s+)?function\\s+${name}\\s*\\(([^)]*)\\)`).exec(source);
  if (!m) return { arity: 1, takesFormData: true };
  const params = m[1]!.split(",").map((p) => p.trim()).filter(Boolean);
  return { arity: params.length, takesFormData: /FormData/.test(m[1]!) };
}

export function discoverActions(root: string, distDir = ".next"): ActionEndpoint[] {
  const manifestFile = path.join(root, distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { node: Record<string, ManifestEntry> };
  const out: ActionEndpoint[] = [];
  for (const [id, entry] of Object.entries(manifest.node)) {
    // the page to post to: prefer one without parameters
    const workers = Object.keys(entry.workers).filter((w) => w.startsWith("app/") && w.endsWith("/page"));
    const pages = workers.map((w) => segmentsOf(w.slice("app/".length, -"/page".length).split("/").join(path.sep))).filter((s): s is Segment[] => s !== null);
    const page = pages.find((s) => s.every((x) => x.kind === "static")) ?? pages[0] ?? [];
    const file = path.join(root, entry.filename);
    const source = existsSync(file) ? sourceWithImports(root, entry.filename) : "";
    const sig = signatureOf(source, entry.exportedName);
    out.push({ kind: "action", id, name: entry.exportedName, file: entry.filename, page, fieldNames: unique([...fieldNamesIn(source), ...COMMON_FIELDS]), ...sig });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
