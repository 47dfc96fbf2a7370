// The dossier page: proving to be the applicant (id number or phone) to see everything.
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { Button } from "zmp-ui";
import { isApiError } from "../../api/client";
import { type AccessProof } from "../../api/dossiers";
import { retryAfterText } from "../../components/StateViews";
import { TextField } from "../../components/TextField";
import { dossierUrl } from "../../routes";
import { useDossierStore } from "../../state/dossier";

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

export function AccessForm({ code }: { code: string }) {
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

/** Brings the "Xem đầy đủ" form into view and puts the cursor in its field. */
export function openAccessForm(): void {
  const form = document.getElementById("access-form");
  form?.scrollIntoView?.({ behavior: "smooth", block: "start" });
  const field = document.getElementById("access-value");
  field?.focus({ preventScroll: true });
}
