// Playwright e2e in Debian's Chromium against a production build, with the SMTP capture server.
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const smtpPort = Number(process.env.SMTP_CAPTURE_PORT ?? 2525);
const baseURL = `http://127.0.0.1:${port}`;
const tmp = path.resolve(".tmp", "e2e");
process.env.E2E_DATABASE_FILE ??= path.join(tmp, "e2e.db");
process.env.E2E_BASE_URL = baseURL;
process.env.SMTP_CAPTURE_HTTP = `http://127.0.0.1:${smtpPort + 1}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0, // one retry in CI: a flaky test is reported as "flaky", never hidden (known: the editor publish test can race its autosave)
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  outputDir: path.join(tmp, "results"),
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-crash-reporter",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      command: `npx tsx tests/support/smtp-capture.ts`,
      url: `http://127.0.0.1:${smtpPort + 1}/health`,
      env: { SMTP_CAPTURE_PORT: String(smtpPort), SMTP_CAPTURE_HTTP_PORT: String(smtpPort + 1) },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: "node scripts/e2e-server.mjs",
      url: `${baseURL}/api/health`,
      env: {
        PORT: String(port),
        DEMO: "1",
        APP_URL: baseURL,
        DATABASE_URL: `file:${process.env.E2E_DATABASE_FILE}`,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`,
        AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
        RATE_LIMIT_SUBSCRIBE_PER_IP: "100000",
        RATE_LIMIT_SUBSCRIBE_PER_EMAIL: "1000",
        RATE_LIMIT_SIGNIN_PER_IP: "100000",
        RATE_LIMIT_SIGNIN_PER_EMAIL: "1000",
        XDG_CONFIG_HOME: path.join(tmp, "xdg-config"),
        XDG_CACHE_HOME: path.join(tmp, "xdg-cache"),
      },
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "pipe",
    },
  ],
});
