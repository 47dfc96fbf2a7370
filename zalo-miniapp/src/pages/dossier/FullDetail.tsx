// The dossier page: what only the applicant sees (documents asked for, fees, result, notes).
import { type DossierDetail } from "../../api/dossiers";
import { formatMoney, formatShortDateTime } from "../../domain/format";

function deliveryText(detail: DossierDetail): string | null {
  if (detail.resultDelivery === "desk") {
    return "Nhận tại Bộ phận Một cửa";
  }
  if (detail.resultDelivery === "post") {
    return "Nhận qua dịch vụ bưu chính";
  }
  return null;
}

export function FullDetail({ detail }: { detail: DossierDetail }) {
  const delivery = deliveryText(detail);
  const total = detail.fees.reduce((sum, fee) => sum + (Number.isFinite(fee.amount) ? fee.amount : 0), 0);
  return (
    <section className="card" aria-labelledby="detail-title">
      <h2 id="detail-title" className="section-title">
        Thông tin đầy đủ
      </h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>Người nộp hồ sơ</dt>
          <dd>{detail.applicantName}</dd>
        </div>
        {detail.phone ? (
          <div className="facts__row">
            <dt>Số điện thoại</dt>
            <dd>{detail.phone}</dd>
          </div>
        ) : null}
        {delivery ? (
          <div className="facts__row">
            <dt>Hình thức nhận kết quả</dt>
            <dd>{delivery}</dd>
          </div>
        ) : null}
      </dl>

      {detail.supplements.length > 0 ? (
        <>
          <h3 className="subsection-title">Giấy tờ cần bổ sung</h3>
          {detail.supplements.map((supplement, index) => (
            <div className="supplement" key={`${supplement.requestedAt ?? ""}-${index}`}>
              {supplement.requestedAt ? (
                <p className="facts__note">Yêu cầu ngày {formatShortDateTime(supplement.requestedAt)}</p>
              ) : null}
              <ul className="bullets">
                {supplement.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
              {supplement.note ? <p>{supplement.note}</p> : null}
            </div>
          ))}
        </>
      ) : null}

      {detail.results.length > 0 ? (
        <>
          <h3 className="subsection-title">Kết quả giải quyết</h3>
          <ul className="bullets">
            {detail.results.map((paper, index) => (
              <li key={`${paper.name}-${index}`}>
                {paper.url ? (
                  <a href={paper.url} target="_blank" rel="noopener noreferrer">
                    {`${paper.name} (bản điện tử)`}
                  </a>
                ) : (
                  paper.name
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {detail.fees.length > 0 ? (
        <>
          <h3 className="subsection-title">Phí, lệ phí</h3>
          <dl className="facts">
            {detail.fees.map((fee) => (
              <div className="facts__row facts__row--inline" key={fee.name}>
                <dt>{fee.name}</dt>
                <dd>{formatMoney(fee.amount)}</dd>
              </div>
            ))}
            {detail.fees.length > 1 ? (
              <div className="facts__row facts__row--inline facts__row--total">
                <dt>Tổng cộng</dt>
                <dd>{formatMoney(total)}</dd>
              </div>
            ) : null}
          </dl>
          {detail.paidOnline ? <p className="facts__note">Đã thanh toán trực tuyến.</p> : null}
        </>
      ) : null}

      {detail.notes.length > 0 ? (
        <>
          <h3 className="subsection-title">Ghi chú</h3>
          <ul className="bullets">
            {detail.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
