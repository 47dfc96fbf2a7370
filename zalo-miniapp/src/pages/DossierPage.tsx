import { useEffect, useMemo } from "react";
import { useNavigate, useSearchParams } from "react-router-dom";
import { Button, Page } from "zmp-ui";
import { isRatable, type Dossier } from "../api/dossiers";
import { AppHeader } from "../components/AppHeader";
import { NotificationCard } from "../components/NotificationCard";
import { RatingAccessHint, RatingCard } from "../components/RatingCard";
import { ErrorState, Notice } from "../components/StateViews";
import { checkDossierCode } from "../domain/code";
import { PATHS } from "../routes";
import { useDossierStore } from "../state/dossier";
import { useLaunchStore } from "../state/launch";
import { DossierSkeleton } from "./dossier/DossierSkeleton";
import { StatusCard, DueDates } from "./dossier/StatusCards";
import { AgencyCard } from "./dossier/AgencyCard";
import { FullDetail } from "./dossier/FullDetail";
import { AccessForm, openAccessForm } from "./dossier/AccessForm";
import { Timeline } from "./dossier/Timeline";

export const INVALID_TOKEN_TEXT = "Liên kết không hợp lệ, chỉ hiển thị thông tin công khai";

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
