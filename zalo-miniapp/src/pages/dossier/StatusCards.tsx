// The dossier page: its status (with a renamed code said so) and its due dates.
import { type Dossier } from "../../api/dossiers";
import { Notice } from "../../components/StateViews";
import { calendarDaysBetween, formatDateTime, parseDate } from "../../domain/format";
import { isSettled, nationalStatus } from "../../domain/status";

/** Letters and digits only, upper case: "000.00.22.h12-..." and "0000022H12..." are the same code. */
function codeKey(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** True when the server answered under another code than the one asked for (an old, pre-merger code). */
export function isRenamedCode(requested: string, current: string): boolean {
  return codeKey(requested) !== codeKey(current);
}

export function StatusCard({ dossier, requestedCode }: { dossier: Dossier; requestedCode: string }) {
  const national = nationalStatus(dossier.status.code);
  const tone = national?.tone ?? "info";
  return (
    <section className={`card status-card status-card--${tone}`} aria-labelledby="status-label">
      <p className="field-label">Mã hồ sơ</p>
      <p className="dossier-code">{dossier.code}</p>
      {isRenamedCode(requestedCode, dossier.code) ? (
        <p className="facts__note code-changed">
          {`Bạn tra cứu bằng mã cũ ${requestedCode}. Sau khi sắp xếp đơn vị hành chính, hồ sơ mang mã mới ở trên; vui lòng dùng mã mới khi liên hệ cơ quan xử lý.`}
        </p>
      ) : null}
      {dossier.procedure ? <p className="procedure-name">{dossier.procedure.name}</p> : null}
      <p className="field-label">Tình trạng hồ sơ</p>
      <h1 id="status-label" className="status-label">
        {dossier.status.label}
      </h1>
      {national && national.label !== dossier.status.label ? (
        <p className="status-national">Theo danh mục quốc gia: {national.label}</p>
      ) : null}
      {dossier.status.nextStep ? <p className="next-step">{dossier.status.nextStep}</p> : null}
    </section>
  );
}

export function DueDates({ dossier, now }: { dossier: Dossier; now: Date }) {
  const due = parseDate(dossier.dueAt);
  const settled = isSettled(dossier.status.code);
  const daysLate = due
    ? calendarDaysBetween(due, dossier.finishedAt ? (parseDate(dossier.finishedAt) ?? now) : now)
    : 0;
  const daysLeft = due ? calendarDaysBetween(now, due) : 0;

  return (
    <section className="card" aria-labelledby="due-title">
      <h2 id="due-title" className="section-title">
        Thời hạn
      </h2>
      {dossier.clockPaused ? (
        <Notice tone="warning" title="Thời hạn giải quyết đang tạm dừng">
          <p>
            Cơ quan giải quyết đang chờ bạn bổ sung giấy tờ. Thời gian chờ không tính vào thời hạn giải quyết; thời hạn
            tiếp tục khi bạn bổ sung đủ.
          </p>
        </Notice>
      ) : null}
      {dossier.overdue ? (
        <Notice tone="danger" title={overdueTitle(dossier, daysLate)}>
          {dossier.finishedAt ? null : (
            <p>
              Cơ quan giải quyết phải gửi văn bản xin lỗi và hẹn lại ngày trả kết quả. Bạn có thể gọi cơ quan xử lý để
              hỏi tiến độ.
            </p>
          )}
        </Notice>
      ) : null}
      <dl className="facts">
        <div className="facts__row">
          <dt>Ngày hẹn trả kết quả</dt>
          <dd className={`due-date${dossier.overdue ? " due-date--overdue" : ""}`}>
            {dossier.dueAt ? formatDateTime(dossier.dueAt) : "Chưa có ngày hẹn trả"}
          </dd>
        </div>
        {dossier.previousDueAt ? (
          <div className="facts__row">
            <dt>Ngày hẹn trước đây</dt>
            <dd>
              <s>{formatDateTime(dossier.previousDueAt)}</s>
              <span className="facts__note">Ngày hẹn trả đã được điều chỉnh.</span>
            </dd>
          </div>
        ) : null}
        {!dossier.overdue && !dossier.clockPaused && !settled && due && daysLeft >= 0 ? (
          <div className="facts__row">
            <dt>Còn lại</dt>
            <dd>{daysLeft === 0 ? "Hôm nay là ngày hẹn trả" : `${daysLeft} ngày đến ngày hẹn trả`}</dd>
          </div>
        ) : null}
        {dossier.receivedAt ? (
          <div className="facts__row">
            <dt>Ngày tiếp nhận</dt>
            <dd>{formatDateTime(dossier.receivedAt)}</dd>
          </div>
        ) : null}
        {dossier.finishedAt ? (
          <div className="facts__row">
            <dt>Ngày hoàn thành</dt>
            <dd>{formatDateTime(dossier.finishedAt)}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

function overdueTitle(dossier: Dossier, daysLate: number): string {
  if (dossier.finishedAt) {
    return "Hồ sơ được giải quyết trễ hạn so với ngày hẹn trả.";
  }
  return daysLate > 0 ? `Hồ sơ đã quá hạn ${daysLate} ngày so với ngày hẹn trả.` : "Hồ sơ đã quá hạn hẹn trả.";
}
