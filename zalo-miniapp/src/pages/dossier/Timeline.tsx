// The dossier page: what happened to the dossier, newest first.
import { useMemo } from "react";
import { type Dossier } from "../../api/dossiers";
import { formatShortDateTime, parseDate } from "../../domain/format";

export function Timeline({ dossier }: { dossier: Dossier }) {
  const entries = useMemo(
    () => [...dossier.timeline].sort((a, b) => (parseDate(b.at)?.getTime() ?? 0) - (parseDate(a.at)?.getTime() ?? 0)),
    [dossier.timeline],
  );
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="section-title">
        Quá trình xử lý
      </h2>
      {entries.length === 0 ? (
        <p>Chưa có bước xử lý nào được ghi nhận.</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry, index) => (
            <li className="timeline__item" key={`${entry.at}-${index}`}>
              <p className="timeline__time">{formatShortDateTime(entry.at)}</p>
              <p className="timeline__status">{entry.statusLabel}</p>
              {entry.agency ? <p className="timeline__meta">{entry.agency}</p> : null}
              {entry.note ? <p className="timeline__meta">{entry.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
