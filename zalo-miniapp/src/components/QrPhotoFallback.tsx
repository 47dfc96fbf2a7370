import { forwardRef, useImperativeHandle, useRef, useState, type ChangeEvent } from "react";
import { Button } from "zmp-ui";
import { isAbortError, isApiError, type ApiError } from "../api/client";
import { decodeQrPhoto, type DecodedQr } from "../api/qr";
import { checkDossierCode } from "../domain/code";
import { Notice, retryAfterText, type NoticeTone } from "./StateViews";

export interface QrPhotoFallbackProps {
  /** Why the photo is offered (no Zalo scanner here, scanner failed, ...). */
  intro: string;
  tone?: NoticeTone;
  /** Called with the dossier found in the photo. */
  onDecoded: (found: DecodedQr) => void;
}

export interface QrPhotoFallbackHandle {
  /** Moves the focus to "Chụp ảnh mã QR" (not to the text field: a keyboard would hide the buttons). */
  focus: () => void;
}

interface Problem {
  title: string;
  detail: string | null;
}

const NOT_A_DOSSIER: Problem = {
  title: "Không đọc được mã QR",
  detail: "Mã QR trong ảnh không chứa mã hồ sơ. Vui lòng chụp mã QR in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
};

function problemOf(error: ApiError): Problem {
  if (error.status === 429) {
    return {
      title: "Bạn thao tác quá nhanh",
      detail: retryAfterText(error.retryAfterSeconds) ?? "Vui lòng thử lại sau ít phút.",
    };
  }
  return { title: error.title, detail: error.detail ?? null };
}

/**
 * The scanner that works in every browser: a photo of the receipt's QR code
 * (taken with the camera or picked from the gallery) is decoded by the
 * backend. "Chụp ảnh" asks for the rear camera directly (capture), "Chọn ảnh"
 * opens the gallery; on a desktop both open the file dialog. Failures show the
 * server's Vietnamese problem text; the typed entry above stays usable.
 */
export const QrPhotoFallback = forwardRef<QrPhotoFallbackHandle, QrPhotoFallbackProps>(function QrPhotoFallback(
  { intro, tone = "info", onDecoded },
  ref,
) {
  const cameraInput = useRef<HTMLInputElement | null>(null);
  const libraryInput = useRef<HTMLInputElement | null>(null);
  const cameraButton = useRef<HTMLButtonElement | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  useImperativeHandle(ref, () => ({ focus: () => cameraButton.current?.focus() }), []);

  const onChosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const photo = event.target.files?.[0];
    // Cleared so that choosing the same file again fires change again.
    event.target.value = "";
    if (!photo) {
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const found = await decodeQrPhoto(photo);
      const check = checkDossierCode(found.code);
      if (!check.ok) {
        setProblem(NOT_A_DOSSIER);
        return;
      }
      onDecoded({ code: check.code, token: found.token });
    } catch (error) {
      if (isAbortError(error)) {
        return;
      }
      setProblem(
        isApiError(error)
          ? problemOf(error)
          : { title: "Không đọc được ảnh này", detail: "Vui lòng chọn ảnh khác hoặc nhập mã hồ sơ." },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="qr-photo" aria-labelledby="qr-photo-title">
      <h2 id="qr-photo-title" className="subsection-title">
        Quét bằng ảnh chụp mã QR
      </h2>
      <Notice tone={tone}>
        <p>{intro}</p>
      </Notice>
      <div className="actions">
        <Button ref={cameraButton} size="large" fullWidth disabled={busy} onClick={() => cameraInput.current?.click()}>
          Chụp ảnh mã QR
        </Button>
        <Button
          size="large"
          variant="secondary"
          fullWidth
          disabled={busy}
          onClick={() => libraryInput.current?.click()}
        >
          Chọn ảnh có sẵn
        </Button>
      </div>
      {busy ? (
        <p className="facts__note" role="status">
          Đang đọc mã QR trong ảnh…
        </p>
      ) : null}
      {problem ? (
        <Notice tone="warning" title={problem.title}>
          {problem.detail ? <p>{problem.detail}</p> : null}
          <p>Bạn có thể chụp lại, chọn ảnh khác hoặc nhập mã hồ sơ vào ô phía trên.</p>
        </Notice>
      ) : null}
      {/* Hidden inputs, opened by the buttons above (aria-hidden: the buttons are what people use). */}
      <input
        ref={cameraInput}
        className="visually-hidden"
        type="file"
        name="qr-photo-camera"
        accept="image/*"
        capture="environment"
        tabIndex={-1}
        aria-hidden="true"
        onChange={onChosen}
      />
      <input
        ref={libraryInput}
        className="visually-hidden"
        type="file"
        name="qr-photo-library"
        accept="image/*"
        tabIndex={-1}
        aria-hidden="true"
        onChange={onChosen}
      />
    </section>
  );
});
