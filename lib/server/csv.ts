// A small streaming CSV reader (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, BOM),
// reading line by line with node:readline so a file of any size is never held in memory.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

export type CsvRecord = { line: number; fields: string[] };

/** Splits one logical record. Returns null when a quoted field is still open (the record continues on the next line). */
export function parseCsvRecord(text: string, delimiter = ","): string[] | null {
  const fields: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let atStart = true;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && atStart) {
      quoted = true;
      atStart = false;
      i++;
      continue;
    }
    if (c === delimiter) {
      fields.push(field);
      field = "";
      atStart = true;
      i++;
      continue;
    }
    field += c;
    atStart = false;
    i++;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

/** Guesses the delimiter from the first line: comma, semicolon or tab, whichever occurs most outside quotes. */
export function sniffDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([[",", 0], [";", 0], ["\t", 0]]);
  let quoted = false;
  for (const c of firstLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ",";
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

const MAX_RECORD_CHARS = 64 * 1024;

/** Streams records from a CSV file with the physical line number each record starts on. */
export async function* readCsv(file: string, opts: { delimiter?: string } = {}): AsyncGenerator<CsvRecord> {
  const rl = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let lineNo = 0;
  let pending: string | null = null;
  let pendingStart = 0;
  let delimiter = opts.delimiter;
  try {
    for await (let line of rl) {
      lineNo++;
      if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
      delimiter ??= sniffDelimiter(line);
      const text: string = pending === null ? line : `${pending}\n${line}`;
      const start = pending === null ? lineNo : pendingStart;
      const fields = parseCsvRecord(text, delimiter);
      if (fields === null) {
        if (text.length > MAX_RECORD_CHARS) {
          // An unbalanced quote: report the record as broken instead of swallowing the rest of the file.
          yield { line: start, fields: [] };
          pending = null;
          continue;
        }
        pending = text;
        pendingStart = start;
        continue;
      }
      pending = null;
      if (fields.length === 1 && fields[0] === "") continue; // blank line
      yield { line: start, fields };
    }
    if (pending !== null) yield { line: pendingStart, fields: [] };
  } finally {
    rl.close();
  }
}

/** Quotes a value for CSV output; neutralises spreadsheet formulas (=, +, -, @ at the start). */
export function csvField(value: string | null | undefined): string {
  let v = value ?? "";
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
