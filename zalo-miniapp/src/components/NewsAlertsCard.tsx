/**
 * "Nhận tin qua Zalo" on the news page: the citizen chooses which categories of news the OA may send them
 * (PUT/DELETE me/news-subscriptions/{category}). Nothing is pushed to anyone who did not choose; everyone reads
 * every item on this page. Signing in happens only when the citizen taps.
 */
import { useEffect, useState } from "react";
import { Button } from "zmp-ui";
import { toApiError } from "../api/client";
import { fetchNewsChoices, setNewsChoice, type NewsChoices } from "../api/me";
import { zaloOaId } from "../config";
import { interactOA, isInsideZalo, showToast } from "../sdk/zalo";
import { isSignedOutError, useSession } from "../state/session";
import { SignInCard } from "./SignInCard";
import { Notice } from "./StateViews";

export const NEWS_ALERTS_TITLE = "Nhận tin qua Zalo";
export const NEWS_ALERTS_HELP =
  "Chọn loại tin bạn muốn Zalo OA gửi cho bạn. Tin được gửi khi bạn vừa tương tác với OA trong vòng 48 giờ (quy định của Zalo); mọi tin luôn có trên trang này.";
export const NEWS_NEEDS_OA_TEXT =
  "Tin được gửi qua Zalo OA: hãy quan tâm OA của Trung tâm rồi đăng nhập lại để bật nhận tin.";
export const CHOOSE_NEWS_LABEL = "Chọn loại tin nhận qua Zalo";

export function NewsAlertsCard() {
  const session = useSession();
  const [choices, setChoices] = useState<NewsChoices | null>(null);
  const [wantsToChoose, setWantsToChoose] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const signedIn = session !== null;

  useEffect(() => {
    if (!signedIn) {
      setChoices(null);
      return;
    }
    const controller = new AbortController();
    fetchNewsChoices({ signal: controller.signal })
      .then(setChoices)
      .catch((error) => {
        if (!controller.signal.aborted && !isSignedOutError(error)) {
          setMessage(toApiError(error).title);
        }
      });
    return () => controller.abort();
  }, [signedIn]);

  const toggle = async (category: string, receive: boolean) => {
    setBusy(category);
    setMessage(null);
    try {
      setChoices(await setNewsChoice(category, receive));
      void showToast(receive ? "Đã bật nhận tin." : "Đã tắt nhận tin.");
      const oaId = zaloOaId();
      if (receive && oaId && isInsideZalo()) {
        await interactOA(oaId);
      }
    } catch (error) {
      const apiError = toApiError(error);
      setMessage(apiError.detail ? `${apiError.title}. ${apiError.detail}` : apiError.title);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card news-alerts" aria-labelledby="news-alerts-title">
      <h2 id="news-alerts-title" className="section-title">
        {NEWS_ALERTS_TITLE}
      </h2>
      <p className="facts__note">{NEWS_ALERTS_HELP}</p>
      {!signedIn && !wantsToChoose ? (
        <Button size="medium" fullWidth variant="secondary" onClick={() => setWantsToChoose(true)}>
          {CHOOSE_NEWS_LABEL}
        </Button>
      ) : null}
      {!signedIn && wantsToChoose ? (
        <SignInCard title="Đăng nhập để chọn tin" autoStart>
          <p>Đăng nhập bằng tài khoản Zalo để chúng tôi biết gửi tin cho ai.</p>
        </SignInCard>
      ) : null}
      {choices && !choices.canReceive ? (
        <Notice tone="info">
          <p>{NEWS_NEEDS_OA_TEXT}</p>
        </Notice>
      ) : null}
      {choices
        ? choices.items.map((item) => (
            <div className="notify__row" key={item.category}>
              <span id={`news-${item.category}`}>{item.label}</span>
              <button
                type="button"
                role="switch"
                className="switch"
                aria-checked={item.subscribed}
                aria-labelledby={`news-${item.category}`}
                aria-busy={busy === item.category}
                disabled={busy !== null || (!choices.canReceive && !item.subscribed)}
                onClick={() => void toggle(item.category, !item.subscribed)}
              >
                <span className="switch__thumb" aria-hidden="true" />
              </button>
            </div>
          ))
        : null}
      {message ? (
        <Notice tone="danger">
          <p>{message}</p>
        </Notice>
      ) : null}
    </section>
  );
}
