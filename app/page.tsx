import { db } from "@/lib/db";
export const dynamic = "force-dynamic";
export default async function Home() {
  const n = await db.member.count();
  return <p>members: {n}</p>;
}
