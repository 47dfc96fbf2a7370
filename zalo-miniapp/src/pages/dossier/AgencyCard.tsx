// The dossier page: the agency that handles it, with its hotline.
import { Button } from "zmp-ui";
import { type Dossier } from "../../api/dossiers";
import { callPhone } from "../../sdk/zalo";

export function AgencyCard({ dossier }: { dossier: Dossier }) {
  return (
    <section className="card" aria-labelledby="agency-title">
      <h2 id="agency-title" className="section-title">
        Cơ quan xử lý
      </h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>Cơ quan</dt>
          <dd>{dossier.agency ?? "Chưa có thông tin"}</dd>
        </div>
        {dossier.procedure ? (
          <div className="facts__row">
            <dt>Thủ tục</dt>
            <dd>
              {dossier.procedure.name}
              <span className="facts__note">Mã thủ tục: {dossier.procedure.code}</span>
            </dd>
          </div>
        ) : null}
        {dossier.applicantName && dossier.access !== "full" ? (
          <div className="facts__row">
            <dt>Người nộp</dt>
            <dd>{dossier.applicantName}</dd>
          </div>
        ) : null}
      </dl>
      {dossier.agencyPhone ? (
        <Button size="large" fullWidth variant="secondary" onClick={() => callPhone(dossier.agencyPhone as string)}>
          {`Gọi cơ quan xử lý: ${dossier.agencyPhone}`}
        </Button>
      ) : null}
    </section>
  );
}
