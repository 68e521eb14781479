// CSV import: upload (streamed to disk), preview of the first rows with column mapping, run, report.
import Link from "next/link";
import { CsvUpload } from "@/components/admin/csv-upload";
import { ImportMapping } from "@/components/admin/import-mapping";
import { requireEditor } from "@/lib/auth/guards";
import { previewImport } from "@/lib/members/import";
import { runImportAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "Import members" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ file?: string }> }) {
  await requireEditor("/admin/members/import");
  const { file } = await searchParams;
  const preview = file && /^[a-f0-9]{32}$/.test(file) ? await previewImport(file) : null;
  return (
    <>
      <div className="adm-head">
        <div>
          <p className="small"><Link href="/admin/members">← Members</Link></p>
          <h1>Import members</h1>
          <p className="muted">Duplicates are merged, known addresses keep what they have, and people who unsubscribed stay unsubscribed.</p>
        </div>
      </div>
      {!preview ? (
        <section className="panel">
          {file ? <p className="form-error">That upload has expired. Choose the file again.</p> : null}
          <CsvUpload />
        </section>
      ) : (
        <div className="stack">
          <section className="panel" aria-labelledby="pv-h">
            <h2 id="pv-h">First rows</h2>
            <p className="muted small">{(preview.bytes / 1024).toFixed(0)} KB uploaded.</p>
            <div className="table-wrap">
              <table>
                <tbody>
                  {preview.rows.map((r, i) => (
                    <tr key={i}>{Array.from({ length: preview.columns }, (_, j) => <td key={j} className="small">{r[j] ?? ""}</td>)}</tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <ImportMapping file={file!} columns={preview.columns} header={preview.rows[0] ?? []} guess={preview.guess} action={runImportAction} />
        </div>
      )}
    </>
  );
}
