"use client";
// Live progress of a send: polls the progress API every second while the send is active.
import type { SendProgress } from "@/lib/sends/results";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/** What the progress endpoint returns (lib/sends/results.ts owns the shape). */
export type SendProgressView = Pick<SendProgress, "id" | "total" | "submitted" | "failed" | "uncertain" | "remaining" | "rate" | "etaSeconds"> & { status: string };

const ACTIVE = new Set(["pending", "sending", "paused"]);

function eta(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 60) return `${seconds} s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m} min ${seconds % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function SendProgress({ initial }: { initial: SendProgressView }) {
  const [p, setP] = useState(initial);
  const router = useRouter();
  const last = useRef(initial.status);
  useEffect(() => {
    if (!ACTIVE.has(p.status)) return;
    const timer = setInterval(async () => {
      try {
        const res = await fetch(`/api/admin/sends/${initial.id}/progress`, { cache: "no-store" });
        if (!res.ok) return;
        const next = (await res.json()) as SendProgressView;
        setP(next);
        if (next.status !== last.current) {
          last.current = next.status;
          router.refresh(); // controls and results depend on the status
        }
      } catch {
        // a missed poll is retried a second later
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [p.status, initial.id, router]);
  const done = p.submitted + p.failed + p.uncertain;
  const pct = p.total > 0 ? Math.floor((done / p.total) * 100) : 100;
  const submittedPct = p.total > 0 ? (p.submitted / p.total) * 100 : 0;
  const failedPct = p.total > 0 ? ((p.failed + p.uncertain) / p.total) * 100 : 0;
  return (
    <div className="send-progress" data-testid="send-progress" data-status={p.status} data-percent={pct}>
      <div
        role="progressbar"
        aria-label="Send progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        style={{ display: "flex", height: 18, background: "#e4dfd6", borderRadius: 4, overflow: "hidden", margin: "8px 0" }}
      >
        <div style={{ width: `${submittedPct}%`, background: "#2f6f3e" }} />
        <div style={{ width: `${failedPct}%`, background: "#8a1c1c" }} />
      </div>
      <p aria-live="polite">
        <strong data-testid="send-percent">{pct}%</strong> · status <strong data-testid="send-status">{p.status}</strong> · submitted{" "}
        <span data-testid="send-submitted">{p.submitted}</span> · failed {p.failed} · uncertain {p.uncertain} · remaining {p.remaining} of {p.total}
        {ACTIVE.has(p.status) ? (
          <>
            {" "}
            · {p.rate}/s · ETA {eta(p.etaSeconds)}
          </>
        ) : (
          <> · {p.rate}/s on average</>
        )}
      </p>
    </div>
  );
}
