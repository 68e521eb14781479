// The shape check for a server action's arguments as they travel (React's "reply" encoding: a JSON
// root in field `<prefix>0`, outlined models in further numbered fields, `$`-prefixed strings for
// references). Next 16 hands the body to React's decoder and answers any decoding failure — bad JSON, a
// reference to a field that is not there, a non-array root, a BigInt of letters — with a 500. This
// walks the same graph without running anything and says, for the gate, whether React can decode it.
// It accepts everything React's own client (encodeReply) sends for plain values, FormData and files,
// and refuses what no form of ours sends: server references, streams, typed arrays, direct Blobs.

/** Next's own cap on the number of arguments (SERVER_ACTION_ARGS_LIMIT). */
const MAX_ARGS = 1000;
/** React revives models recursively: a deeper graph overflows its stack (a 500). */
const MAX_DEPTH = 200;
/** Outlined models one reply may reference (each is a form field; a form has a handful). */
const MAX_MODELS = 10_000;

export type ReplyFields = {
  /** Text fields by name (the JSON models and FormData entries). */
  text: Map<string, string>;
  /** Names of file fields. */
  files: Set<string>;
};

type Walk = {
  fields: ReplyFields;
  prefix: string;
  parsed: Map<number, unknown>;
  visiting: Set<number>;
  models: number;
  /** Paths into a model that was still being walked, checked once every model is parsed. */
  deferred: { id: number; path: string[] }[];
};

class ReplyError extends Error {}
/** A model reached again while it is being walked (a cycle, or a path into an enclosing model). */
const CYCLE = Symbol("cycle");

function fail(message: string): never {
  throw new ReplyError(message);
}

/** Parses outlined model `id` (hex in references, decimal in field names) and walks it once. */
function model(w: Walk, id: number, depth: number): unknown {
  if (w.parsed.has(id)) return w.parsed.get(id);
  if (w.visiting.has(id)) return CYCLE; // a cycle is legal in the encoding (React resolves it lazily)
  if (++w.models > MAX_MODELS) fail("too many models");
  const raw = w.fields.text.get(`${w.prefix}${id}`);
  if (raw === undefined) fail(`reference to a missing field ${id}`);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    fail(`field ${id} is not JSON`);
  }
  w.visiting.add(id);
  walk(w, value, depth + 1);
  w.visiting.delete(id);
  w.parsed.set(id, value);
  return value;
}

const HEX_REF = /^([0-9a-f]{1,8})((?::[^:]*)*)$/;

/** A `$<hex>(:key)*` reference: the model must exist and, when a path follows, the path must resolve. */
function reference(w: Walk, ref: string, depth: number): unknown {
  const m = HEX_REF.exec(ref);
  if (!m) fail("malformed reference");
  const id = parseInt(m[1]!, 16);
  const target = model(w, id, depth);
  const path = m[2] ? m[2].slice(1).split(":") : [];
  if (target === CYCLE) {
    w.deferred.push({ id, path });
    return undefined;
  }
  return follow(target, path);
}

function follow(target: unknown, path: string[]): unknown {
  for (const key of path) {
    if (typeof target !== "object" || target === null || !Object.prototype.hasOwnProperty.call(target, key)) fail("reference path does not resolve");
    target = (target as Record<string, unknown>)[key];
  }
  return target;
}

function walkString(w: Walk, s: string, depth: number): void {
  if (s[0] !== "$") return;
  const tag = s[1];
  const rest = s.slice(2);
  switch (tag) {
    case "$": // an escaped dollar
    case "H":
    case "I":
    case "N":
    case "u":
    case "D":
      return;
    case "-":
      if (s !== "$-0" && s !== "$-Infinity") fail("malformed number");
      return;
    case "n":
      if (!/^-?\d{1,300}$/.test(rest)) fail("malformed BigInt");
      return;
    case "K": // a FormData: the entries `<prefix><id>_…`; any number of them, including none
      if (!/^[0-9a-f]{1,8}$/.test(rest)) fail("malformed FormData reference");
      return;
    case "@": // a promise of a model
      if (!/^[0-9a-f]{1,8}$/.test(rest)) fail("malformed promise reference");
      model(w, parseInt(rest, 16), depth);
      return;
    case "Q": {
      const v = reference(w, rest, depth);
      if (!Array.isArray(v) || !v.every((e) => Array.isArray(e) && e.length === 2)) fail("a Map reference is not a list of pairs");
      return;
    }
    case "W":
    case "i": {
      if (!Array.isArray(reference(w, rest, depth))) fail("a Set or iterator reference is not a list");
      return;
    }
    case undefined:
      fail("a bare $");
    default:
      if (/^[0-9a-f]$/.test(tag)) {
        reference(w, s.slice(1), depth);
        return;
      }
      // server references ($h, $F), client-only values ($T), streams ($R $r $X $x), Blobs ($B) and
      // typed arrays: none of our actions takes one, and each makes the decoder or the action throw.
      fail(`unsupported value type $${tag}`);
  }
}

function walk(w: Walk, value: unknown, depth: number): void {
  if (depth > MAX_DEPTH) fail("nested too deeply");
  if (typeof value === "string") return walkString(w, value, depth);
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (const v of value) walk(w, v, depth + 1);
    return;
  }
  for (const v of Object.values(value)) walk(w, v, depth + 1);
}

/**
 * Checks a fetch action's reply (`prefix` ""), or a form action's bound arguments (`$ACTION_<n>:`).
 * Returns null when React can decode it, or why not.
 */
export function checkReply(fields: ReplyFields, prefix = "", requireArgs = true): string | null {
  const w: Walk = { fields, prefix, parsed: new Map(), visiting: new Set(), models: 0, deferred: [] };
  try {
    const root = model(w, 0, 0);
    for (const { id, path } of w.deferred) follow(w.parsed.get(id), path);
    if (requireArgs) {
      if (!Array.isArray(root)) return "the arguments are not a list";
      if (root.length > MAX_ARGS) return "too many arguments";
    }
    return null;
  } catch (e) {
    if (e instanceof ReplyError) return e.message;
    if (e instanceof RangeError) return "nested too deeply";
    throw e;
  }
}

/**
 * Checks a no-JavaScript form post (`$ACTION_ID_<id>` or `$ACTION_REF_<n>` with `$ACTION_<n>:0` holding
 * `{ id, bound }`). Returns the action ids it names (the gate checks them against the build) and an
 * error, if any. A multipart post with no `$ACTION_` field is no action: `ids` is empty.
 */
export function checkFormAction(fields: ReplyFields): { ids: string[]; error: string | null } {
  const ids: string[] = [];
  const names = [...fields.text.keys(), ...fields.files];
  for (const name of names) {
    if (name.startsWith("$ACTION_ID_")) ids.push(name.slice("$ACTION_ID_".length));
    else if (name.startsWith("$ACTION_REF_")) {
      const prefix = `$ACTION_${name.slice("$ACTION_REF_".length)}:`;
      const meta = fields.text.get(`${prefix}0`);
      if (meta === undefined) return { ids, error: "form action metadata is missing" };
      let parsed: unknown;
      try {
        parsed = JSON.parse(meta);
      } catch {
        return { ids, error: "form action metadata is not JSON" };
      }
      if (typeof parsed !== "object" || parsed === null || typeof (parsed as { id?: unknown }).id !== "string") return { ids, error: "form action metadata names no action" };
      ids.push((parsed as { id: string }).id);
      const error = checkReply(fields, prefix, false);
      if (error) return { ids, error };
      const bound = (parsed as { bound?: unknown }).bound;
      if (bound !== null && bound !== undefined) {
        // `bound` is a promise of the bound-argument list: `$@<id>` of a list.
        if (typeof bound !== "string" || !/^\$@[0-9a-f]{1,8}$/.test(bound)) return { ids, error: "form action bound arguments are malformed" };
        const list = fields.text.get(`${prefix}${parseInt(bound.slice(2), 16)}`);
        let boundArgs: unknown;
        try {
          boundArgs = list === undefined ? undefined : JSON.parse(list);
        } catch {
          boundArgs = undefined;
        }
        if (!Array.isArray(boundArgs) || boundArgs.length > MAX_ARGS) return { ids, error: "form action bound arguments are not a list" };
      }
    }
  }
  return { ids, error: null };
}
