import { useEffect, useState } from "react";
import { onFallbackToast } from "../sdk/zalo";

export const TOAST_DURATION_MS = 3000;

/** In-app toast for browsers, where Zalo's native toast is not available. */
export function ToastHost() {
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => onFallbackToast((text) => setMessage(text)), []);

  useEffect(() => {
    if (message === null) {
      return undefined;
    }
    const timer = setTimeout(() => setMessage(null), TOAST_DURATION_MS);
    return () => clearTimeout(timer);
  }, [message]);

  return (
    <div className="toast-region" aria-live="polite">
      {message ? (
        <div className="toast" role="status">
          {message}
        </div>
      ) : null}
    </div>
  );
}
