// With a DKIM key configured, newsletter messages (sent as raw MIME) carry a DKIM signature.
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { cleanupSeed, seedSend, type Seeded } from "../support/send-fixtures";
import { loadSendWorker, runSendUntilDone } from "../support/send-helpers";

let capture: SmtpCapture;
let seeded: Seeded;
let db: typeof import("@/lib/server/db").db;

beforeAll(async () => {
  capture = await startSmtpCapture();
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 1024 });
  process.env.SMTP_URL = `smtp://127.0.0.1:${capture.port}?ignoreTLS=true`;
  process.env.DKIM_DOMAIN = "weekly-outlook.test";
  process.env.DKIM_SELECTOR = "wo";
  process.env.DKIM_PRIVATE_KEY = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  ({ db } = await import("@/lib/server/db"));
});

afterAll(async () => {
  if (seeded) await cleanupSeed(db, seeded);
  await capture.close();
});

it("signs newsletter messages with DKIM when a key is configured", async () => {
  const create = await import("@/lib/sends/create-send");
  const worker = await loadSendWorker();
  seeded = await seedSend(db, { subscribers: 2 });
  const emailId = await create.startSend(seeded.issueId, null);
  await runSendUntilDone(db, worker, emailId);
  const mails = capture.messages.filter((m) => m.to[0]?.endsWith(`@${seeded.domain}`));
  expect(mails).toHaveLength(2);
  for (const m of mails) {
    expect(m.headers["dkim-signature"]).toMatch(/d=weekly-outlook\.test; .*s=wo/s);
    expect(m.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  }
});
