// `npm run setup -- --owner you@example.org --name "The Review" --postal "1 High St, …" [--sample]`:
// the first-run setup without a browser (docs/decisions/0050). Migrates DATABASE_URL, then runs the
// same domain function as /setup; refuses (exit 1, nothing changed) once an owner exists.
import { parseArgs } from "node:util";
import { applyMigrations } from "../lib/server/migrations.mjs";

const USAGE = `usage: npm run setup -- --owner EMAIL --name "PUBLICATION" --postal "POSTAL ADDRESS"
         [--owner-name NAME] [--description TEXT] [--sender-name NAME] [--sender EMAIL] [--sample]
  --sender defaults to the owner's address, --sender-name to the publication name;
  --sample adds sample articles, issues, authors and topics (never demo accounts).`;

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      owner: { type: "string" },
      "owner-name": { type: "string" },
      name: { type: "string" },
      description: { type: "string" },
      "sender-name": { type: "string" },
      sender: { type: "string" },
      postal: { type: "string" },
      sample: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  }).values;
}
try {
  args = parse();
} catch (e) {
  console.error(`[setup] ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

await applyMigrations(process.env.DATABASE_URL || "file:./data/weekly-outlook.db", { log: (l) => console.log(`[db] ${l}`) });
const { completeSetup } = await import("../lib/setup/setup");
const { db } = await import("../lib/server/db");
try {
  const r = await completeSetup(
    {
      publicationName: args.name ?? "",
      description: args.description ?? "",
      ownerEmail: args.owner ?? "",
      ownerName: args["owner-name"] ?? "",
      senderName: args["sender-name"] ?? args.name ?? "",
      senderEmail: args.sender ?? args.owner ?? "",
      postalAddress: args.postal ?? "",
      start: args.sample ? "sample" : "empty",
    },
    { cli: true },
  );
  if (!r.ok) {
    console.error(`[setup] ${r.message}`);
    if (r.reason === "input") {
      const flag: Record<string, string> = { publicationName: "--name", ownerEmail: "--owner", postalAddress: "--postal", senderEmail: "--sender", senderName: "--sender-name", ownerName: "--owner-name", description: "--description" };
      for (const [k, msgs] of Object.entries(r.fieldErrors)) console.error(`  ${flag[k] ?? k}: ${(msgs ?? []).join(" ")}`);
      console.error(USAGE);
      process.exitCode = 2;
    } else process.exitCode = 1;
  } else {
    console.log(`[setup] Done: ${r.ownerEmail} owns the publication${r.sample ? " (with sample content)" : ""}. Start the site and sign in at /signin with that address.`);
  }
} finally {
  await db.$disconnect();
}
