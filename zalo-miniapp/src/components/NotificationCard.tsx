/**
 * "Nhận thông báo" on the dossier page: follows the dossier's changes
 * (PUT/DELETE me/subscriptions/{code}), signing in first when needed, and
 * asks to follow the Official Account, without which Zalo does not let the
 * OA message the citizen.
 */
import { useEffect, useState } from "react";
import { Button } from "zmp-ui";
import { toApiError } from "../api/client";
import { zaloOaId } from "../config";
import { followOA, isInsideZalo, SdkError, sdkErrorMessage, showToast } from "../sdk/zalo";
import { currentSession, isSignedOutError, useSession, useSessionStore } from "../state/session";
import { useSubscriptions } from "../state/subscriptions";
import { SignInCard } from "./SignInCard";
import { Notice } from "./StateViews";

export const NOTIFY_LABEL = "Nhận thông báo";
export const FOLLOW_OA_LABEL = "Quan tâm Zalo OA";

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
    <Notice tone="info" title="Quan tâm Zalo OA để nhận được tin nhắn">
      <p>
        Zalo chỉ cho phép Trung tâm Phục vụ hành chính công nhắn tin cho người đã quan tâm Zalo OA của Trung tâm. Hãy
        quan tâm OA để thông báo về hồ sơ đến được với bạn.
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

export function NotificationCard({ code }: { code: string }) {
  const session = useSession();
  const ensureSession = useSessionStore((state) => state.ensureSession);
  const following = useSubscriptions((state) => state.following[code]);
  const loadSubscriptions = useSubscriptions((state) => state.load);
  const setFollowing = useSubscriptions((state) => state.set);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  /** The choice waiting for a sign-in (a browser, or an expired session). */
  const [pending, setPending] = useState<boolean | null>(null);
  const [expired, setExpired] = useState(false);
  const oaId = zaloOaId();
  const on = following === true;
  const signedIn = session !== null;

  // Signed in already: learn the current state (no sign-in just for that).
  useEffect(() => {
    if (signedIn && useSubscriptions.getState().following[code] === undefined && !useSubscriptions.getState().listed) {
      loadSubscriptions().catch(() => {
        // unknown state: the switch shows "off" and still works
      });
    }
  }, [signedIn, code, loadSubscriptions]);

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
      const result = await setFollowing(code, desired);
      setPending(null);
      setExpired(false);
      void showToast(result ? "Đã bật nhận thông báo cho hồ sơ này." : "Đã tắt nhận thông báo cho hồ sơ này.");
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
              ? "Bạn sẽ nhận tin nhắn Zalo khi hồ sơ này thay đổi tình trạng, cần bổ sung giấy tờ hoặc có kết quả."
              : "Bật để nhận tin nhắn Zalo khi hồ sơ này thay đổi tình trạng, cần bổ sung giấy tờ hoặc có kết quả."}
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
      {message ? (
        <Notice tone="danger">
          <p>{message}</p>
        </Notice>
      ) : null}
      {pending !== null && !currentSession() ? (
        <SignInCard
          title="Đăng nhập để nhận thông báo"
          expired={expired}
          onSignedIn={() => void apply(pending)}
        >
          <p>Đăng nhập bằng tài khoản Zalo để chúng tôi biết gửi thông báo về hồ sơ này cho ai.</p>
        </SignInCard>
      ) : null}
      {on && oaId && session?.followedOA !== true ? <OaFollowPrompt oaId={oaId} /> : null}
    </section>
  );
}
