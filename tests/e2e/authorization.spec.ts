// The authorization matrix over HTTP: every route in tests/support/authz-table.ts (which a unit test
// keeps complete) requested as anonymous, reader, member, editor and admin.
import type { Page } from "@playwright/test";
import { expect, login, test } from "../support/e2e";
import { ROLES, ROUTE_RULES, type Cell, type Role } from "../support/authz-table";
import { ensureMembersFixture } from "../support/members-fixture";

test.beforeAll(() => {
  ensureMembersFixture();
});

async function signIn(page: Page, role: Role) {
  if (role === "anonymous") return;
  const tag = `${role}-matrix-${Date.now()}`;
  if (role === "member") await login(page, `${tag}@example.com`, { member: true });
  else if (role === "reader") await login(page, `${tag}@example.com`);
  else await login(page, `${tag}@example.com`, { role });
}

for (const role of ROLES) {
  test(`authorization matrix as ${role}`, async ({ page }) => {
    await signIn(page, role);
    const got: Record<string, Cell | string> = {};
    const want: Record<string, Cell> = {};
    for (const rule of ROUTE_RULES) {
      const res = await page.request.get(rule.url, { maxRedirects: 0 });
      const status = res.status();
      const location = res.headers()["location"] ?? "";
      let cell: Cell | string;
      if (status === 401 || status === 403 || (status >= 300 && status < 400 && location.includes("/signin"))) cell = "deny";
      // 405: a POST-only endpoint answers GET with nothing; another 3xx is a redirect that is not to sign-in.
      else if (status < 400 || status === 404 || status === 405) cell = "allow";
      else cell = `unexpected ${status}`;
      got[rule.url] = cell;
      want[rule.url] = rule.expect[role];
    }
    expect(got).toEqual(want);
  });
}
