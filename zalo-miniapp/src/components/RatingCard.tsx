/**
 * Satisfaction rating of a closed dossier (national status 3, 8 or 10): the
 * applicant (full access, a token) chooses one of three levels, may add a
 * comment, and posts it through rateDossier. Rating again replaces the answer.
 */
import { useState, type FormEvent } from "react";
import { Button } from "zmp-ui";
import { toApiError, type ApiError } from "../api/client";
import { RATING_COMMENT_MAX, rateDossier, type Rating, type RatingLevel } from "../api/dossiers";
import { Notice, retryAfterText } from "./StateViews";

export const RATING_TITLE = "Đánh giá mức độ hài lòng";
export const RATING_THANKS = "Cảm ơn bạn đã đánh giá";

export const RATING_LEVELS: ReadonlyArray<{ level: RatingLevel; label: string }> = [
  { level: 3, label: "Rất hài lòng" },
  { level: 2, label: "Hài lòng" },
  { level: 1, label: "Không hài lòng" },
];

function levelLabel(level: RatingLevel): string {
  return RATING_LEVELS.find((entry) => entry.level === level)?.label ?? "";
}

/** Why the server refused, in words the citizen can act on. */
function errorHint(error: ApiError): string | null {
  if (error.status === 403) {
    return "Chỉ người nộp hồ sơ mới đánh giá được. Vui lòng mở lại hồ sơ bằng mã QR trên giấy tiếp nhận hoặc xác minh bằng số điện thoại.";
  }
  if (error.status === 409) {
    return "Hồ sơ chưa kết thúc nên chưa thể đánh giá. Vui lòng bấm “Cập nhật tình trạng” để xem tình trạng mới nhất.";
  }
  if (error.status === 429) {
    return retryAfterText(error.retryAfterSeconds) ?? "Vui lòng thử lại sau ít phút.";
  }
  return null;
}

export function RatingCard({ code, token }: { code: string; token: string }) {
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [comment, setComment] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [saved, setSaved] = useState<Rating | null>(null);

  const send = async () => {
    if (level === null) {
      setMessage("Vui lòng chọn một mức độ hài lòng.");
      return;
    }
    setMessage(null);
    setError(null);
    setSubmitting(true);
    try {
      setSaved(await rateDossier(code, { token, level, comment }));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setSubmitting(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };

  if (saved) {
    return (
      <section className="card rating" aria-labelledby="rating-title">
        <h2 id="rating-title" className="section-title">
          {RATING_TITLE}
        </h2>
        <Notice tone="success" title={RATING_THANKS}>
          <p>{`Bạn đã chọn: ${saved.label || levelLabel(saved.level)}.`}</p>
          {saved.comment ? <p>{`Góp ý: ${saved.comment}`}</p> : null}
          <p>Ý kiến của bạn giúp cơ quan giải quyết thủ tục tốt hơn.</p>
        </Notice>
        <Button size="large" fullWidth variant="secondary" onClick={() => setSaved(null)}>
          Thay đổi đánh giá
        </Button>
      </section>
    );
  }

  const hint = error ? errorHint(error) : null;
  return (
    <form className="card rating" onSubmit={submit} noValidate aria-labelledby="rating-title">
      <h2 id="rating-title" className="section-title">
        {RATING_TITLE}
      </h2>
      <p>Hồ sơ đã kết thúc. Bạn hài lòng thế nào với việc giải quyết hồ sơ này?</p>
      <div className="rating__levels" role="group" aria-label="Chọn mức độ hài lòng">
        {RATING_LEVELS.map((entry) => (
          <button
            key={entry.level}
            type="button"
            className={`rating__level rating__level--${entry.level}`}
            aria-pressed={level === entry.level}
            onClick={() => {
              setLevel(entry.level);
              setMessage(null);
            }}
          >
            {entry.label}
          </button>
        ))}
      </div>
      {message ? (
        <p className="text-field__error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="text-field">
        <label className="text-field__label" htmlFor="rating-comment">
          Góp ý thêm (không bắt buộc)
        </label>
        <textarea
          id="rating-comment"
          className="rating__comment"
          rows={3}
          maxLength={RATING_COMMENT_MAX}
          value={comment}
          aria-describedby="rating-comment-help"
          onChange={(event) => setComment(event.target.value)}
        />
        <p id="rating-comment-help" className="text-field__help">
          {`${comment.length}/${RATING_COMMENT_MAX} ký tự`}
        </p>
      </div>
      {error ? (
        <Notice tone="danger" title={error.title}>
          {error.detail ? <p>{error.detail}</p> : null}
          {hint ? <p>{hint}</p> : null}
        </Notice>
      ) : null}
      <Button htmlType="submit" size="large" fullWidth loading={submitting}>
        {error ? "Thử lại" : "Gửi đánh giá"}
      </Button>
    </form>
  );
}

/** The one line for a closed dossier seen without full access, pointing at the "Xem đầy đủ" form. */
export function RatingAccessHint({ onOpenAccess }: { onOpenAccess: () => void }) {
  return (
    <section className="card rating rating--locked" aria-labelledby="rating-title">
      <h2 id="rating-title" className="section-title">
        {RATING_TITLE}
      </h2>
      <p>
        Người nộp hồ sơ có thể đánh giá sau khi mở hồ sơ bằng mã QR trên giấy tiếp nhận hoặc xác minh bằng số điện
        thoại.{" "}
        <button type="button" className="link-button" onClick={onOpenAccess}>
          Xác minh tại mục Xem đầy đủ
        </button>
      </p>
    </section>
  );
}
