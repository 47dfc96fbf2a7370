/**
 * The sign-in step a feature shows when it needs the citizen's identity.
 * Inside Zalo: "Đăng nhập bằng Zalo" (Zalo asks for consent itself). In a
 * browser: the server's sandbox, "Đăng nhập thử (môi trường thử nghiệm)".
 */
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "zmp-ui";
import { isInsideZalo } from "../sdk/zalo";
import { signInErrorMessage, useSessionStore, type Session } from "../state/session";
import { Notice } from "./StateViews";

export const SANDBOX_SIGN_IN_LABEL = "Đăng nhập thử (môi trường thử nghiệm)";
export const ZALO_SIGN_IN_LABEL = "Đăng nhập bằng Zalo";
export const SESSION_EXPIRED_TEXT = "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.";

export function SignInCard({
  title,
  children,
  expired = false,
  autoStart = false,
  onSignedIn,
}: {
  title: string;
  /** Why the feature needs the citizen's identity. */
  children: ReactNode;
  /** The previous session was refused by the server (401). */
  expired?: boolean;
  /** Inside Zalo, start at once (the citizen opened a page that needs it). */
  autoStart?: boolean;
  onSignedIn?: (session: Session) => void;
}) {
  const signIn = useSessionStore((state) => state.signIn);
  const signInSandbox = useSessionStore((state) => state.signInSandbox);
  const inZalo = isInsideZalo();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const started = useRef(false);

  const run = async (sandbox: boolean) => {
    setBusy(true);
    setMessage(null);
    try {
      const session = sandbox ? await signInSandbox() : await signIn();
      onSignedIn?.(session);
    } catch (error) {
      setMessage(signInErrorMessage(error, sandbox));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (autoStart && inZalo && !expired && !started.current) {
      started.current = true;
      void run(false);
    }
    // Once, on mount: a later failure waits for the citizen's tap.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberately not re-run when the props change
  }, []);

  return (
    <section className="card sign-in" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title" className="section-title">
        {title}
      </h2>
      {expired ? <Notice tone="warning" title={SESSION_EXPIRED_TEXT} /> : null}
      <div className="sign-in__why">{children}</div>
      {inZalo ? (
        <Button size="large" fullWidth loading={busy} onClick={() => void run(false)}>
          {message ? "Thử lại" : ZALO_SIGN_IN_LABEL}
        </Button>
      ) : (
        <>
          <p className="facts__note">
            Đăng nhập bằng tài khoản Zalo cần mở Mini App trong ứng dụng Zalo. Trên trình duyệt, bạn có thể dùng thử với
            một công dân mẫu.
          </p>
          <Button size="large" fullWidth variant="secondary" loading={busy} onClick={() => void run(true)}>
            {SANDBOX_SIGN_IN_LABEL}
          </Button>
        </>
      )}
      {message ? (
        <Notice tone="danger">
          <p>{message}</p>
        </Notice>
      ) : null}
      <p className="facts__note">
        Chúng tôi chỉ dùng thông tin đăng nhập để tìm hồ sơ của bạn và gửi thông báo bạn đã đăng ký.
      </p>
    </section>
  );
}
