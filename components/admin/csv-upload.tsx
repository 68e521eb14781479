"use client";
// Step 1 of the import: the file is POSTed as the raw request body, so the server streams it to disk.
import { useRouter } from "next/navigation";
import { useState } from "react";

export function CsvUpload() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onChange = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/admin/members/import/upload", { method: "POST", body: file, headers: { "Content-Type": "text/csv" } });
      const r = (await res.json()) as { ok: boolean; id?: string; error?: string };
      if (r.ok && r.id) router.push(`/admin/members/import?file=${r.id}`);
      else setError(r.error ?? "The upload failed.");
    } catch {
      setError("The upload failed.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stack">
      <label>
        CSV file (UTF-8; comma, semicolon or tab separated; up to 100 MB)
        <input type="file" accept=".csv,text/csv" onChange={onChange} disabled={busy} />
      </label>
      {busy ? <p className="muted" role="status">Uploading…</p> : null}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </div>
  );
}
