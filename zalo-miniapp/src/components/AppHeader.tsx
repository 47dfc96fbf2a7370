import { useLocation, useNavigate } from "react-router-dom";
import { Header } from "zmp-ui";
import { PATHS } from "../routes";

function BackIcon() {
  return (
    <svg className="app-header__back-icon" viewBox="0 0 24 24" width="28" height="28" role="img" aria-label="Quay lại">
      <path
        d="M15.5 4.5 8 12l7.5 7.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * Page header. The back arrow goes to the previous page, or to Home when the
 * app was opened straight on this page (no dead ends).
 */
export function AppHeader({ title, showBack = true }: { title: string; showBack?: boolean }) {
  const navigate = useNavigate();
  const location = useLocation();
  const goBack = () => {
    if (location.key !== "default") {
      navigate(-1);
    } else {
      navigate(PATHS.home, { replace: true });
    }
  };
  return (
    <Header className="app-header" title={title} showBackIcon={showBack} backIcon={<BackIcon />} onBackClick={goBack} />
  );
}
