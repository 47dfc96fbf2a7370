/**
 * "Nhận thông báo" on the dossier page: follows the dossier's changes
 * (PUT/DELETE me/subscriptions/{code}, with the receipt's token when the page
 * has one), signing in first when needed, then asks Zalo to let the OA message
 * the citizen (interactOA). The wording says what is true: template messages
 * to a linked phone need no follow; OA messages reach the citizen only within
 * 48 hours of their last interaction; only the applicant hears the details.
 */
import { useEffect, useState } from "react";
import { Button } from "zmp-ui";
import { toApiError } from "../api/client";
import { zaloOaId } from "../config";
import { followOA, interactOA, isInsideZalo, SdkError, sdkErrorMessage, showToast } from "../sdk/zalo";
import { currentSession, isSignedOutError, useSession, useSessionStore } from "../state/session";
import { useSubscriptions } from "../state/subscriptions";
import { SignInCard } from "./SignInCard";
import { Notice } from "./StateViews";

export const NOTIFY_LABEL = "Nhận thông báo";
export const FOLLOW_OA_LABEL = "Quan tâm Zalo OA";
export const ALLOW_OA_LABEL = "Cho phép OA nhắn tin";

/** How messages reach a citizen on Zalo, as Zalo's rules are. */
export const CHANNELS_TEXT =
  "Tin nhắn mẫu gửi theo số điện thoại bạn đã liên kết đến được mà không cần quan tâm OA. Tin nhắn từ Zalo OA chỉ đến được trong 48 giờ sau lần cuối bạn tương tác với OA (nhắn tin, bấm nút trong khung chat, hoặc cho phép OA nhắn tin).";
export const APPLICANT_TEXT = "Bạn là người nộp hồ sơ: thông báo kèm giấy tờ cần bổ sung, khoản phí và lý do (nếu có).";
export const FOLLOWER_TEXT =
  "Thông báo cho biết tình trạng và ngày hẹn của hồ sơ. Giấy tờ cần bổ sung, khoản phí và lý do chỉ gửi cho người nộp hồ sơ: mở hồ sơ bằng mã QR trên giấy tiếp nhận, hoặc liên kết số điện thoại đã dùng khi nộp (mục Hồ sơ của tôi).";
export const OA_REFUSED_TEXT =
  "Bạn chưa cho phép OA nhắn tin. Tin nhắn mẫu theo số điện thoại đã liên kết vẫn đến; tin từ OA chỉ đến khi bạn vừa tương tác với OA.";

export function OaFollowPrompt({ oaId }: { oaId: string }) {
  const setFollowedOA = useSessionStore((state) => state.setFollowedOA);
  const [outcome, setOutcome] = useState<"opened-link" | null>(null);

  const follow = async () => {
    const result = await followOA(oaId);
    if (result === "done") {
      setFollowedOA(true);
      await showToast("Bạn đã quan tâm Zalo OA.");
    } else if (result === "opened-link") {
      setOutcome("opened-link");
    }
  };

  return (
    <Notice tone="info" title="Quan tâm Zalo OA (không bắt buộc)">
      <p>
        Nếu bạn chưa liên kết số điện thoại, tin nhắn mẫu được gửi qua Zalo OA của Trung tâm Phục vụ hành chính công, và
        chỉ đến được khi bạn quan tâm OA.
      </p>
      <Button size="medium" fullWidth variant="secondary" onClick={() => void follow()}>
        {FOLLOW_OA_LABEL}
      </Button>
      {outcome === "opened-link" ? (
        <p className="facts__note">Trang Zalo OA đã được mở. Bấm “Quan tâm” trên trang đó rồi quay lại đây.</p>
      ) : null}
    </Notice>
  );
}

export function NotificationCard({ code, token = null }: { code: string; token?: string | null }) {
  const session = useSession();
  const ensureSession = useSessionStore((state) => state.ensureSession);
  const following = useSubscriptions((state) => state.following[code]);
  const applicant = useSubscriptions((state) => state.applicant[code]);
  const loadSubscriptions = useSubscriptions((state) => state.load);
  const setFollowing = useSubscriptions((state) => state.set);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  /** The choice waiting for a sign-in (a browser, or an expired session). */
  const [pending, setPending] = useState<boolean | null>(null);
  const [expired, setExpired] = useState(false);
  const [oaAllowed, setOaAllowed] = useState<"allowed" | "refused" | null>(null);
  const oaId = zaloOaId();
  const on = following === true;
  const signedIn = session !== null;
  const sensitive = session?.isSensitive === true;

  // Signed in already: learn the current state (no sign-in just for that).
  useEffect(() => {
    if (signedIn && useSubscriptions.getState().following[code] === undefined && !useSubscriptions.getState().listed) {
      loadSubscriptions().catch(() => {
        // unknown state: the switch shows "off" and still works
      });
    }
  }, [signedIn, code, loadSubscriptions]);

  /** Zalo's own prompt to let the OA message the citizen: what following a dossier needs, nothing more. */
  const askToBeMessaged = async () => {
    if (!oaId || !isInsideZalo()) {
      return;
    }
    const outcome = await interactOA(oaId);
    setOaAllowed(outcome === "unsupported" ? null : outcome);
  };

  const apply = async (desired: boolean) => {
    setBusy(true);
    setMessage(null);
    try {
      if (!currentSession()) {
        if (!isInsideZalo()) {
          setPending(desired);
          return;
        }
        await ensureSession();
      }
      const result = await setFollowing(code, desired, token);
      setPending(null);
      setExpired(false);
      void showToast(result ? "Đã bật nhận thông báo cho hồ sơ này." : "Đã tắt nhận thông báo cho hồ sơ này.");
      if (result) {
        await askToBeMessaged();
      }
    } catch (error) {
      if (isSignedOutError(error)) {
        setExpired(true);
        setPending(desired);
      } else if (error instanceof SdkError) {
        setMessage(sdkErrorMessage(error, "sign-in"));
      } else {
        const apiError = toApiError(error);
        setMessage(apiError.detail ? `${apiError.title}. ${apiError.detail}` : apiError.title);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card notify" aria-labelledby="notify-title">
      <div className="notify__row">
        <div>
          <h2 id="notify-title" className="section-title">
            {NOTIFY_LABEL}
          </h2>
          <p className="facts__note" id="notify-help">
            {on
              ? "Bạn sẽ nhận tin nhắn Zalo khi hồ sơ này thay đổi tình trạng hoặc có kết quả."
              : "Bật để nhận tin nhắn Zalo khi hồ sơ này thay đổi tình trạng hoặc có kết quả."}
          </p>
        </div>
        <button
          type="button"
          role="switch"
          className="switch"
          aria-checked={on}
          aria-labelledby="notify-title"
          aria-describedby="notify-help"
          aria-busy={busy}
          disabled={busy}
          onClick={() => void apply(!on)}
        >
          <span className="switch__thumb" aria-hidden="true" />
        </button>
      </div>
      {on && applicant !== undefined ? (
        <p className="facts__note">{applicant ? APPLICANT_TEXT : FOLLOWER_TEXT}</p>
      ) : null}
      {on ? <p className="facts__note">{CHANNELS_TEXT}</p> : null}
      {on && oaAllowed === "refused" && oaId ? (
        <Notice tone="info">
          <p>{OA_REFUSED_TEXT}</p>
          <Button size="medium" fullWidth variant="secondary" onClick={() => void askToBeMessaged()}>
            {ALLOW_OA_LABEL}
          </Button>
        </Notice>
      ) : null}
      {message ? (
        <Notice tone="danger">
          <p>{message}</p>
        </Notice>
      ) : null}
      {pending !== null && !currentSession() ? (
        <SignInCard title="Đăng nhập để nhận thông báo" expired={expired} onSignedIn={() => void apply(pending)}>
          <p>Đăng nhập bằng tài khoản Zalo để chúng tôi biết gửi thông báo về hồ sơ này cho ai.</p>
        </SignInCard>
      ) : null}
      {on && oaId && !sensitive && session?.followedOA !== true && session?.citizen.phoneLinked !== true ? (
        <OaFollowPrompt oaId={oaId} />
      ) : null}
    </section>
  );
}
