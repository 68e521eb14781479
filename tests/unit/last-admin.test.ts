// The last admin stays (issue 10, finding 6): no path — deleting one's data through /manage or /account,
// an editor deleting a member, a role change — leaves a publication without an admin, even when two such
// changes race.
import { afterEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/server/db");
const { deleteMemberData } = await import("@/lib/members/personal-data");
const { LastAdminError } = await import("@/lib/members/last-admin");

const made: string[] = [];
async function admin(tag: string) {
  const m = await db.member.create({ data: { email: `${tag}-${Date.now()}-${Math.random().toString(36).slice(2)}@last-admin.test`, role: "admin" } });
  made.push(m.id);
  return m;
}

afterEach(async () => {
  await db.member.deleteMany({ where: { id: { in: made.splice(0) } } });
});

describe("the last admin", () => {
  it("cannot delete their own data: nothing is deleted", async () => {
    // Make this the only admin of the test database for the duration of the test.
    const others = await db.member.findMany({ where: { role: "admin" }, select: { id: true } });
    await db.member.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "editor" } });
    try {
      const only = await admin("only");
      await expect(deleteMemberData(only.id, "account")).rejects.toBeInstanceOf(LastAdminError);
      expect(await db.member.findUnique({ where: { id: only.id } })).not.toBeNull();
      expect(await db.member.count({ where: { role: "admin" } })).toBe(1);
    } finally {
      await db.member.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "admin" } });
    }
  });

  it("two admins deleting themselves at once: exactly one goes, one admin remains", async () => {
    const others = await db.member.findMany({ where: { role: "admin" }, select: { id: true } });
    await db.member.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "editor" } });
    try {
      const a = await admin("a");
      const b = await admin("b");
      const results = await Promise.allSettled([deleteMemberData(a.id, "account"), deleteMemberData(b.id, "account")]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((r) => r.status === "rejected");
      expect(rejected && rejected.status === "rejected" && rejected.reason).toBeInstanceOf(LastAdminError);
      expect(await db.member.count({ where: { role: "admin", id: { in: [a.id, b.id] } } })).toBe(1);
    } finally {
      await db.member.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "admin" } });
    }
  });

  it("an admin among several may delete their data", async () => {
    const a = await admin("keep");
    const b = await admin("leave");
    await expect(deleteMemberData(b.id, "account")).resolves.toBe(true);
    expect(await db.member.findUnique({ where: { id: a.id } })).not.toBeNull();
  });
});
