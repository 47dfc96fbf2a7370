/**
 * "Hồ sơ của tôi": the dossiers filed with the citizen's phone number. Signs
 * in when needed, asks consent to link the Zalo phone number (getPhoneNumber
 * -> POST me/phone), then lists GET me/dossiers.
 */
import { useCallback, useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { Button, Page } from "zmp-ui";
import { isAbortError, toApiError, type ApiError } from "../api/client";
import { fetchMyDossiers, linkPhone, type MyDossier } from "../api/me";
import { AppHeader } from "../components/AppHeader";
import { SignInCard } from "../components/SignInCard";
import { ErrorState, Loading, Notice, SkeletonBlock } from "../components/StateViews";
import { formatDate } from "../domain/format";
import { nationalStatus } from "../domain/status";
import { dossierUrl, PATHS } from "../routes";
import { getAccessToken, getPhoneNumber, isInsideZalo, SdkError, sdkErrorMessage, showToast } from "../sdk/zalo";
import { isSignedOutError, useSession, useSessionStore } from "../state/session";
import { useSubscriptions } from "../state/subscriptions";

export const PHONE_CONSENT_TITLE = "Liên kết số điện thoại";
export const SHARE_PHONE_LABEL = "Đồng ý chia sẻ số điện thoại";

type ListState =
  | { status: "loading" }
  | { status: "error"; error: ApiError }
  | { status: "ready"; phoneLinked: boolean; items: MyDossier[] };

function ListSkeleton() {
  return (
    <Loading label="Đang tải hồ sơ của bạn">
      {[0, 1, 2].map((key) => (
        <div className="card" key={key}>
          <SkeletonBlock height={18} width="60%" />
          <SkeletonBlock height={18} />
          <SkeletonBlock height={18} width="40%" />
        </div>
      ))}
    </Loading>
  );
}

function PhoneConsent({ onLinked }: { onLinked: () => void }) {
  const navigate = useNavigate();
  const updateCitizen = useSessionStore((state) => state.updateCitizen);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const inZalo = isInsideZalo();

  const share = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const phoneToken = await getPhoneNumber();
      const accessToken = await getAccessToken();
      const link = await linkPhone(phoneToken, accessToken);
      updateCitizen({ phoneLinked: true, maskedPhone: link.maskedPhone });
      void showToast(`Đã liên kết số điện thoại ${link.maskedPhone}.`);
      onLinked();
    } catch (error) {
      if (isSignedOutError(error)) {
        return; // the session is gone: the page shows the sign-in step
      }
      if (error instanceof SdkError) {
        setMessage(sdkErrorMessage(error, "phone"));
      } else {
        const apiError = toApiError(error);
        setMessage(apiError.detail ? `${apiError.title}. ${apiError.detail}` : apiError.title);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card phone-consent" aria-labelledby="phone-consent-title">
      <h2 id="phone-consent-title" className="section-title">
        {PHONE_CONSENT_TITLE}
      </h2>
      <p>
        Hồ sơ nộp tại Bộ phận Một cửa được ghi theo số điện thoại của người nộp. Để tìm các hồ sơ của bạn, Một Cửa Zalo
        cần biết số điện thoại đăng ký Zalo của bạn.
      </p>
      <ul className="plain-list">
        <li>Số điện thoại chỉ dùng để tìm hồ sơ mang số này và gửi thông báo về hồ sơ bạn đăng ký nhận.</li>
        <li>Zalo sẽ hỏi bạn trước khi chia sẻ; chúng tôi không hiển thị đầy đủ số điện thoại trên màn hình.</li>
        <li>Bạn vẫn tra cứu được hồ sơ bằng mã hồ sơ mà không cần chia sẻ số điện thoại.</li>
      </ul>
      {inZalo ? (
        <Button size="large" fullWidth loading={busy} onClick={() => void share()}>
          {message ? "Thử lại" : SHARE_PHONE_LABEL}
        </Button>
      ) : (
        <Notice tone="info" title="Cần mở trong ứng dụng Zalo">
          <p>
            Liên kết số điện thoại cần ứng dụng Zalo, nơi Zalo xác nhận số của bạn. Vui lòng mở Mini App Một Cửa Zalo
            trong ứng dụng Zalo để xem hồ sơ của bạn.
          </p>
        </Notice>
      )}
      {message ? (
        <Notice tone="danger">
          <p>{message}</p>
        </Notice>
      ) : null}
      <Button size="large" fullWidth variant="tertiary" onClick={() => navigate(PATHS.home)}>
        Tra cứu bằng mã hồ sơ
      </Button>
    </section>
  );
}

function DossierItem({ item, following }: { item: MyDossier; following: boolean }) {
  const navigate = useNavigate();
  const tone = nationalStatus(item.statusCode)?.tone ?? "info";
  return (
    <li className="my-dossiers__item">
      <button type="button" className="my-dossiers__open" onClick={() => navigate(dossierUrl(item.code))}>
        <span className="recent-list__code">{item.code}</span>
        {item.procedureName ? <span className="my-dossiers__procedure">{item.procedureName}</span> : null}
        <span className={`status-chip status-chip--${tone}`}>{item.statusLabel}</span>
        <span className="recent-list__meta">
          {item.finishedAt
            ? `Hoàn thành ngày ${formatDate(item.finishedAt)}`
            : item.dueAt
              ? `Hẹn trả ngày ${formatDate(item.dueAt)}`
              : "Chưa có ngày hẹn trả"}
          {item.agencyName ? ` · ${item.agencyName}` : ""}
        </span>
        <span className="badges">
          {item.clockPaused ? <span className="badge badge--warning">Tạm dừng thời hạn</span> : null}
          {item.overdue ? <span className="badge badge--danger">Quá hạn</span> : null}
          {following ? <span className="badge badge--info">Đang nhận thông báo</span> : null}
        </span>
      </button>
    </li>
  );
}

function DossierList({ items, maskedPhone }: { items: MyDossier[]; maskedPhone: string | null }) {
  const navigate = useNavigate();
  const following = useSubscriptions((state) => state.following);
  const phone = maskedPhone ? ` ${maskedPhone}` : " của bạn";
  if (items.length === 0) {
    return (
      <section className="card empty-state" aria-labelledby="empty-title">
        <h2 id="empty-title" className="section-title">
          Chưa có hồ sơ nào
        </h2>
        <p>{`Chưa có hồ sơ nào được nộp bằng số điện thoại${phone}.`}</p>
        <p className="facts__note">
          Hồ sơ nộp bằng số điện thoại khác không hiện ở đây; bạn vẫn tra cứu được bằng mã hồ sơ in trên giấy hẹn.
        </p>
        <Button size="large" fullWidth onClick={() => navigate(PATHS.home)}>
          Tra cứu bằng mã hồ sơ
        </Button>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="my-dossiers-title">
      <h2 id="my-dossiers-title" className="section-title">
        {`${items.length} hồ sơ nộp bằng số điện thoại${phone}`}
      </h2>
      <ul className="my-dossiers">
        {items.map((item) => (
          <DossierItem key={item.code} item={item} following={following[item.code] ?? item.following} />
        ))}
      </ul>
    </section>
  );
}

function SignedIn({ onSignOut }: { onSignOut: () => void }) {
  const session = useSession();
  const seed = useSubscriptions((state) => state.seed);
  const [state, setState] = useState<ListState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    fetchMyDossiers({ signal: controller.signal })
      .then((result) => {
        seed(result.items);
        setState({ status: "ready", phoneLinked: result.phoneLinked, items: result.items });
      })
      .catch((error: unknown) => {
        if (isAbortError(error) || isSignedOutError(error)) {
          return; // a 401 cleared the session: the page shows the sign-in step
        }
        setState({ status: "error", error: toApiError(error) });
      });
    return () => controller.abort();
  }, [attempt, seed]);

  let body;
  if (state.status === "loading") {
    body = <ListSkeleton />;
  } else if (state.status === "error") {
    body = <ErrorState error={state.error} onRetry={reload} />;
  } else if (!state.phoneLinked) {
    body = <PhoneConsent onLinked={reload} />;
  } else {
    body = <DossierList items={state.items} maskedPhone={session?.citizen.maskedPhone ?? null} />;
  }
  return (
    <>
      {session?.sandbox ? (
        <Notice tone="info" title="Môi trường thử nghiệm">
          <p>{`Bạn đang dùng thử với công dân mẫu${session.citizen.name ? ` ${session.citizen.name}` : ""}.`}</p>
        </Notice>
      ) : null}
      {body}
      <div className="actions">
        <Button size="large" fullWidth variant="tertiary" onClick={onSignOut}>
          Đăng xuất
        </Button>
      </div>
    </>
  );
}

export default function MyDossiersPage() {
  const session = useSession();
  const clear = useSessionStore((state) => state.clear);
  // "signed-out": the citizen chose to; "expired": the server refused the session (401).
  const [ended, setEnded] = useState<"signed-out" | "expired" | null>(null);
  const [hadSession, setHadSession] = useState(false);

  useEffect(() => {
    if (session) {
      setHadSession(true);
      setEnded(null);
    } else if (hadSession) {
      setHadSession(false);
      setEnded((current) => current ?? "expired");
    }
  }, [session, hadSession]);

  const signOut = () => {
    setEnded("signed-out");
    clear();
  };

  return (
    <Page className="page">
      <AppHeader title="Hồ sơ của tôi" />
      <div className="page__content">
        {session ? (
          <SignedIn key={session.token} onSignOut={signOut} />
        ) : (
          <SignInCard title="Đăng nhập để xem hồ sơ của bạn" expired={ended === "expired"} autoStart={ended === null}>
            <p>
              Đăng nhập bằng tài khoản Zalo để xem tất cả hồ sơ bạn đã nộp tại Bộ phận Một cửa, không cần nhập từng mã
              hồ sơ.
            </p>
          </SignInCard>
        )}
      </div>
    </Page>
  );
}
