// A real SMTP server on 127.0.0.1 that keeps what it receives, for tests to read. Usable in-process
// (startSmtpCapture) or as a process with an HTTP API for Playwright: GET /messages, DELETE /messages,
// POST /faults {"rcptCode":421,"rate":0.2} to make it refuse a share of recipients.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CapturedMessage = {
  id: number;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  messageId: string;
  receivedAt: string;
};

export type Faults = { rcptCode?: number; rate?: number; every?: number; message?: string };

export type SmtpCapture = {
  port: number;
  messages: CapturedMessage[];
  faults: Faults;
  clear(): void;
  waitFor(predicate: (m: CapturedMessage) => boolean, timeoutMs?: number): Promise<CapturedMessage>;
  close(): Promise<void>;
};

export async function startSmtpCapture({
  port = 0,
  keepBodies = true,
  onRcpt,
}: {
  port?: number;
  keepBodies?: boolean;
  /** Runs before a recipient is accepted: lets a test change the world while a message is in flight. */
  onRcpt?: (address: string) => Promise<void> | void;
} = {}): Promise<SmtpCapture> {
  const messages: CapturedMessage[] = [];
  const waiters = new Set<() => void>();
  const faults: Faults = {};
  let seq = 0;
  let rcptCount = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 500,
    size: 30 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      rcptCount++;
      const hit = faults.rcptCode && ((faults.every && rcptCount % faults.every === 0) || (faults.rate && Math.random() < faults.rate));
      if (hit) {
        const err = new Error(faults.message ?? `${faults.rcptCode} refused by test fault`) as Error & { responseCode: number };
        err.responseCode = faults.rcptCode!;
        return callback(err);
      }
      if (!onRcpt) return callback();
      Promise.resolve(onRcpt(address.address)).then(
        () => callback(),
        (e: Error) => callback(e),
      );
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const headers: Record<string, string> = {};
          for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.key.length + 1).trim();
          messages.push({
            id: ++seq,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? "",
            text: keepBodies ? (parsed.text ?? "") : "",
            html: keepBodies && typeof parsed.html === "string" ? parsed.html : "",
            headers,
            messageId: parsed.messageId ?? "",
            receivedAt: new Date().toISOString(),
          });
          for (const w of waiters) w();
          callback();
        })
        .catch((e: Error) => callback(e));
    },
  });
  // A client that dies mid-session (a worker killed with SIGKILL) resets its connection: not an error here.
  server.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "ECONNRESET" && err.code !== "EPIPE") console.error("[smtp-capture]", err.message);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    port: actualPort,
    messages,
    faults,
    clear() {
      messages.length = 0;
      rcptCount = 0;
    },
    waitFor(predicate, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(predicate);
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching email within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let body = "";
  for await (const chunk of req) body += chunk;
  return body ? JSON.parse(body) : {};
}

/** Run as a process: SMTP on SMTP_CAPTURE_PORT (2525), HTTP API on SMTP_CAPTURE_HTTP_PORT (2526). */
async function main() {
  const smtpPort = Number(process.env.SMTP_CAPTURE_PORT ?? 2525);
  const httpPort = Number(process.env.SMTP_CAPTURE_HTTP_PORT ?? smtpPort + 1);
  const capture = await startSmtpCapture({ port: smtpPort });
  const http = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === "/health") return send(200, { ok: true });
    if (url.pathname === "/messages" && req.method === "GET") {
      const to = url.searchParams.get("to")?.toLowerCase();
      return send(200, to ? capture.messages.filter((m) => m.to.some((t) => t.toLowerCase() === to)) : capture.messages);
    }
    if (url.pathname === "/messages" && req.method === "DELETE") {
      capture.clear();
      return send(200, { ok: true });
    }
    if (url.pathname === "/faults" && req.method === "POST") {
      const f = (await readJson(req)) as Faults;
      for (const k of Object.keys(capture.faults) as (keyof Faults)[]) delete capture.faults[k];
      Object.assign(capture.faults, f);
      return send(200, capture.faults);
    }
    send(404, { error: "not found" });
  });
  http.listen(httpPort, "127.0.0.1", () => console.log(`smtp capture: smtp 127.0.0.1:${capture.port}, http 127.0.0.1:${httpPort}`));
  const stop = () => {
    http.close();
    void capture.close().then(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (process.argv[1] && /smtp-capture\.(ts|js|mjs)$/.test(process.argv[1])) void main();
