import type { ReactNode } from "react";
import { Button } from "zmp-ui";
import type { ApiError } from "../api/client";

export type NoticeTone = "info" | "warning" | "danger" | "success";

export function Notice({
  tone = "info",
  title,
  children,
}: {
  tone?: NoticeTone;
  title?: string;
  children?: ReactNode;
}) {
  return (
    <div className={`notice notice--${tone}`} role={tone === "danger" ? "alert" : "status"}>
      {title ? <p className="notice__title">{title}</p> : null}
      {children ? <div className="notice__body">{children}</div> : null}
    </div>
  );
}

/** "Vui lòng thử lại sau 2 phút." from a Retry-After in seconds. */
export function retryAfterText(seconds: number | undefined): string | null {
  if (seconds === undefined || seconds <= 0) {
    return null;
  }
  if (seconds < 60) {
    return `Vui lòng thử lại sau ${seconds} giây.`;
  }
  return `Vui lòng thử lại sau ${Math.ceil(seconds / 60)} phút.`;
}

export function ErrorState({
  error,
  onRetry,
  children,
}: {
  error: ApiError;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  const wait = retryAfterText(error.retryAfterSeconds);
  return (
    <section className="error-state" role="alert">
      <h2 className="error-state__title">{error.title}</h2>
      {error.detail ? <p className="error-state__detail">{error.detail}</p> : null}
      {wait ? <p className="error-state__detail">{wait}</p> : null}
      <div className="actions">
        {onRetry ? (
          <Button size="large" fullWidth onClick={onRetry}>
            Thử lại
          </Button>
        ) : null}
        {children}
      </div>
    </section>
  );
}

export function SkeletonBlock({ height = 20, width = "100%" }: { height?: number; width?: string }) {
  return <span className="skeleton" style={{ height, width }} aria-hidden="true" />;
}

export function Loading({ label = "Đang tải", children }: { label?: string; children: ReactNode }) {
  return (
    <div role="status" aria-busy="true" aria-label={label} className="loading">
      {children}
    </div>
  );
}
