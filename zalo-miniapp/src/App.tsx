import { useEffect, useRef } from "react";
import { Navigate, Route, useNavigate } from "react-router-dom";
import { AnimationRoutes, App, ZMPRouter } from "zmp-ui";
import { ToastHost } from "./components/ToastHost";
import AnnouncementsPage from "./pages/AnnouncementsPage";
import DossierPage from "./pages/DossierPage";
import HomePage from "./pages/HomePage";
import MyDossiersPage from "./pages/MyDossiersPage";
import ProceduresPage from "./pages/ProceduresPage";
import { dossierUrl, newsLaunchUrl, PATHS } from "./routes";
import { getLaunchPath, getRouteParams } from "./sdk/zalo";
import { useLaunchStore } from "./state/launch";

/**
 * Opened from a deep link or a receipt QR code (?code=...&t=...): keep the
 * launch context and go straight to that dossier, with Home below it so the
 * back arrow leads somewhere. A link to the news page (.../announcements?id=,
 * ?chuyenmuc=business) opens it the same way, on that tab.
 */
export function LaunchHandler() {
  const navigate = useNavigate();
  const handled = useRef(false);
  useEffect(() => {
    if (handled.current) {
      return;
    }
    handled.current = true;
    const params = getRouteParams();
    const launch = useLaunchStore.getState().captureLaunch(params);
    if (launch) {
      navigate(dossierUrl(launch.code, launch.token));
      return;
    }
    const news = newsLaunchUrl(getLaunchPath(), params);
    if (news) {
      navigate(news);
    }
  }, [navigate]);
  return null;
}

export function AppRoutes() {
  return (
    <AnimationRoutes>
      <Route path={PATHS.home} element={<HomePage />} />
      <Route path={PATHS.dossier} element={<DossierPage />} />
      <Route path={PATHS.procedures} element={<ProceduresPage />} />
      <Route path={PATHS.myDossiers} element={<MyDossiersPage />} />
      <Route path={PATHS.announcements} element={<AnnouncementsPage />} />
      <Route path="*" element={<Navigate to={PATHS.home} replace />} />
    </AnimationRoutes>
  );
}

/** Memory router: a browser build routes under /zapps/<APP_ID> otherwise and shows a blank page. */
export default function MotCuaApp() {
  return (
    <App>
      <ZMPRouter memoryRouter>
        <LaunchHandler />
        <AppRoutes />
      </ZMPRouter>
      <ToastHost />
    </App>
  );
}
