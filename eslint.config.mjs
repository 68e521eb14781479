// Lint: Next's core-web-vitals + TypeScript rules, and the project's layering rules.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["lib/generated/**", ".next/**", "data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }] },
  },
  {
    // The public site links with plain <a>: pages are cached static HTML, so a full load is cheap, and
    // leaving out next/link drops its client chunk and the RSC prefetch request for every visible link.
    files: ["app/(site)/**/*.{ts,tsx}", "app/error.tsx", "app/not-found.tsx", "components/site/**/*.{ts,tsx}", "components/ui/**/*.{ts,tsx}"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // Pages, actions, components and templates reach the database only through lib/ domain modules.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "emails/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/server/db", "**/lib/server/db", "@/lib/generated/*", "**/generated/*", "@prisma/client"], message: "Call a domain module in lib/ instead of the database." },
          ],
        },
      ],
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/server/env.ts." }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/server/db", "@/lib/server/env", "**/lib/server/db", "**/lib/server/env", "@/lib/generated/*"], message: "components/ are UI only." }] },
      ],
    },
  },
];

export default config;
