import { useEffect, useMemo, useState, type FormEvent } from "react";
import { useNavigate, useSearchParams } from "react-router-dom";
import { Button, Page } from "zmp-ui";
import { isApiError } from "../api/client";
import { isRatable, type AccessProof, type Dossier, type DossierDetail } from "../api/dossiers";
import { AppHeader } from "../components/AppHeader";
import { NotificationCard } from "../components/NotificationCard";
import { RatingAccessHint, RatingCard } from "../components/RatingCard";
import { ErrorState, Loading, Notice, retryAfterText, SkeletonBlock } from "../components/StateViews";
import { TextField } from "../components/TextField";
import { checkDossierCode } from "../domain/code";
import { calendarDaysBetween, formatDateTime, formatMoney, formatShortDateTime, parseDate } from "../domain/format";
import { isSettled, nationalStatus } from "../domain/status";
import { dossierUrl, PATHS } from "../routes";
import { callPhone } from "../sdk/zalo";
import { useDossierStore } from "../state/dossier";
import { useLaunchStore } from "../state/launch";

export const INVALID_TOKEN_TEXT = "Liên kết không hợp lệ, chỉ hiển thị thông tin công khai";

function DossierSkeleton() {
  return (
    <Loading label="Đang tải thông tin hồ sơ">
      <div className="card">
        <SkeletonBlock height={18} width="40%" />
        <SkeletonBlock height={24} width="75%" />
        <SkeletonBlock height={36} width="60%" />
        <SkeletonBlock height={18} />
        <SkeletonBlock height={18} width="85%" />
      </div>
      <div className="card">
        <SkeletonBlock height={18} width="50%" />
        <SkeletonBlock height={28} width="70%" />
      </div>
      <div className="card">
        <SkeletonBlock height={18} />
        <SkeletonBlock height={18} />
        <SkeletonBlock height={18} width="60%" />
      </div>
    </Loading>
  );
}

/** Letters and digits only, upper case: "000.00.22.h12-..." and "0000022H12..." are the same code. */
function codeKey(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** True when the server answered under another code than the one asked for (an old, pre-merger code). */
export function isRenamedCode(requested: string, current: string): boolean {
  return codeKey(requested) !== codeKey(current);
}

function StatusCard({ dossier, requestedCode }: { dossier: Dossier; requestedCode: string }) {
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

function DueDates({ dossier, now }: { dossier: Dossier; now: Date }) {
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

function AgencyCard({ dossier }: { dossier: Dossier }) {
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

function deliveryText(detail: DossierDetail): string | null {
  if (detail.resultDelivery === "desk") {
    return "Nhận tại Bộ phận Một cửa";
  }
  if (detail.resultDelivery === "post") {
    return "Nhận qua dịch vụ bưu chính";
  }
  return null;
}

function FullDetail({ detail }: { detail: DossierDetail }) {
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

type ProofKind = "idNumber" | "phone";

/** Checks the typed id number or phone; returns the body to post or a message. */
export function buildAccessProof(kind: ProofKind, raw: string): { proof: AccessProof } | { message: string } {
  const compact = raw.replace(/[\s.\-()]/g, "");
  if (kind === "idNumber") {
    if (!/^(\d{9}|\d{12})$/.test(compact)) {
      return { message: "Số CCCD gồm 12 chữ số (CMND cũ gồm 9 chữ số)." };
    }
    return { proof: { idNumber: compact } };
  }
  const phone = compact.startsWith("+84")
    ? `0${compact.slice(3)}`
    : compact.startsWith("84") && compact.length === 11
      ? `0${compact.slice(2)}`
      : compact;
  if (!/^0\d{9}$/.test(phone)) {
    return { message: "Số điện thoại gồm 10 chữ số, bắt đầu bằng số 0." };
  }
  return { proof: { phone } };
}

function AccessForm({ code }: { code: string }) {
  const navigate = useNavigate();
  const unlock = useDossierStore((state) => state.unlock);
  const [kind, setKind] = useState<ProofKind>("idNumber");
  const [value, setValue] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const built = buildAccessProof(kind, value);
    if ("message" in built) {
      setMessage(built.message);
      return;
    }
    setSubmitting(true);
    setMessage(null);
    try {
      const token = await unlock(code, built.proof);
      setValue("");
      navigate(dossierUrl(code, token), { replace: true });
    } catch (error) {
      if (isApiError(error) && error.status === 403) {
        setMessage("Thông tin không khớp với hồ sơ. Vui lòng kiểm tra lại số bạn đã nhập.");
      } else if (isApiError(error) && error.status === 429) {
        setMessage(
          `Bạn đã thử quá nhiều lần. ${retryAfterText(error.retryAfterSeconds) ?? "Vui lòng thử lại sau ít phút."}`,
        );
      } else if (isApiError(error)) {
        setMessage(error.detail ? `${error.title}. ${error.detail}` : error.title);
      } else {
        setMessage("Đã có lỗi xảy ra. Vui lòng thử lại.");
      }
    } finally {
      setSubmitting(false);
    }
  };

  const label = kind === "idNumber" ? "Số CCCD của người nộp hồ sơ" : "Số điện thoại của người nộp hồ sơ";

  return (
    <form id="access-form" className="card access-form" onSubmit={submit} noValidate aria-labelledby="access-title">
      <h2 id="access-title" className="section-title">
        Xem đầy đủ thông tin hồ sơ
      </h2>
      <p>
        Nhập số CCCD hoặc số điện thoại của người nộp hồ sơ để xem giấy tờ cần bổ sung, phí, lệ phí và ghi chú của cơ
        quan xử lý.
      </p>
      <div className="segmented" role="group" aria-label="Chọn cách xác minh">
        <button
          type="button"
          className="segmented__option"
          aria-pressed={kind === "idNumber"}
          onClick={() => {
            setKind("idNumber");
            setMessage(null);
          }}
        >
          Số CCCD
        </button>
        <button
          type="button"
          className="segmented__option"
          aria-pressed={kind === "phone"}
          onClick={() => {
            setKind("phone");
            setMessage(null);
          }}
        >
          Số điện thoại
        </button>
      </div>
      <TextField
        id="access-value"
        label={label}
        value={value}
        inputMode="numeric"
        error={message}
        onChange={(event) => setValue(event.target.value)}
      />
      <Button htmlType="submit" size="large" fullWidth loading={submitting}>
        Xem đầy đủ
      </Button>
      <p className="facts__note">Số bạn nhập chỉ dùng để xác minh và không được lưu trên điện thoại.</p>
    </form>
  );
}

function Timeline({ dossier }: { dossier: Dossier }) {
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

/** Brings the "Xem đầy đủ" form into view and puts the cursor in its field. */
function openAccessForm(): void {
  const form = document.getElementById("access-form");
  form?.scrollIntoView?.({ behavior: "smooth", block: "start" });
  const field = document.getElementById("access-value");
  field?.focus({ preventScroll: true });
}

function DossierView({
  dossier,
  requestedCode,
  token,
  refreshing,
  onReload,
}: {
  dossier: Dossier;
  requestedCode: string;
  token: string | null;
  refreshing: boolean;
  onReload: () => void;
}) {
  const navigate = useNavigate();
  const now = new Date();
  const ratable = isRatable(dossier.status.code);
  const full = dossier.access === "full" && !!dossier.detail;
  return (
    <>
      {dossier.tokenValid === false ? <Notice tone="warning" title={INVALID_TOKEN_TEXT} /> : null}
      <StatusCard dossier={dossier} requestedCode={requestedCode} />
      <DueDates dossier={dossier} now={now} />
      <NotificationCard code={dossier.code} token={dossier.access === "full" ? token : null} />
      <AgencyCard dossier={dossier} />
      {full && dossier.detail ? (
        <>
          <FullDetail detail={dossier.detail} />
          {ratable && token ? <RatingCard key={dossier.code} code={dossier.code} token={token} /> : null}
        </>
      ) : (
        <>
          {ratable ? <RatingAccessHint onOpenAccess={openAccessForm} /> : null}
          <AccessForm code={dossier.code} />
        </>
      )}
      <Timeline dossier={dossier} />
      <div className="actions">
        <Button size="large" fullWidth variant="secondary" loading={refreshing} onClick={onReload}>
          Cập nhật tình trạng
        </Button>
        <Button size="large" fullWidth variant="tertiary" onClick={() => navigate(PATHS.home)}>
          Tra cứu hồ sơ khác
        </Button>
        <Button size="large" fullWidth variant="tertiary" onClick={() => navigate(PATHS.procedures)}>
          Hướng dẫn thủ tục
        </Button>
      </div>
    </>
  );
}

export default function DossierPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const check = checkDossierCode(params.get("code") ?? "");
  const code = check.ok ? check.code : null;
  const urlToken = params.get("t") || null;
  // The token is chosen once per code and link: forgetting a rejected stored
  // token must not trigger a second load that would hide the notice.
  const token = useMemo(
    () => (code ? (urlToken ?? useLaunchStore.getState().tokens[code] ?? null) : null),
    [code, urlToken],
  );
  const rememberToken = useLaunchStore((state) => state.rememberToken);
  const load = useDossierStore((state) => state.load);
  const storeCode = useDossierStore((state) => state.code);
  const status = useDossierStore((state) => state.status);
  const dossier = useDossierStore((state) => state.dossier);
  const error = useDossierStore((state) => state.error);

  useEffect(() => {
    if (code && urlToken) {
      rememberToken(code, urlToken);
    }
  }, [code, urlToken, rememberToken]);

  useEffect(() => {
    if (code) {
      void load(code, token);
    }
  }, [code, token, load]);

  const reload = () => {
    if (code) {
      void load(code, token);
    }
  };

  const current = storeCode === code;
  let body;
  if (!code) {
    body = (
      <section className="card">
        <Notice tone="warning" title="Chưa có mã hồ sơ hợp lệ">
          <p>Vui lòng nhập mã hồ sơ in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</p>
        </Notice>
        <Button size="large" fullWidth onClick={() => navigate(PATHS.home, { replace: true })}>
          Nhập mã hồ sơ
        </Button>
      </section>
    );
  } else if (current && status === "error" && error) {
    body = (
      <ErrorState error={error} onRetry={reload}>
        <Button size="large" fullWidth variant="secondary" onClick={() => navigate(PATHS.home)}>
          Nhập mã hồ sơ khác
        </Button>
      </ErrorState>
    );
  } else if (current && dossier && (status === "ready" || status === "loading")) {
    body = (
      <DossierView
        dossier={dossier}
        requestedCode={code}
        token={dossier.access === "full" ? token : null}
        refreshing={status === "loading"}
        onReload={reload}
      />
    );
  } else {
    body = <DossierSkeleton />;
  }

  return (
    <Page className="page">
      <AppHeader title="Thông tin hồ sơ" />
      <div className="page__content">{body}</div>
    </Page>
  );
}
