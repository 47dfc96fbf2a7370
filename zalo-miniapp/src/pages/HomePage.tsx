import { useEffect, useRef, useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { Button, Page } from "zmp-ui";
import type { InputRef } from "zmp-ui/input";
import { AppHeader } from "../components/AppHeader";
import { zaloOaId } from "../config";
import { QrPhotoFallback, type QrPhotoFallbackHandle } from "../components/QrPhotoFallback";
import { Notice, SkeletonBlock } from "../components/StateViews";
import { TextField } from "../components/TextField";
import { checkDossierCode, parseScannedContent } from "../domain/code";
import { ANNOUNCEMENTS_TITLE, announcementMeta } from "./AnnouncementsPage";
import { formatShortDateTime } from "../domain/format";
import { announcementUrl, dossierUrl, PATHS } from "../routes";
import { followOA, openChat, scanQRCode, SdkError, showToast } from "../sdk/zalo";
import { useAnnouncementList, useAnnouncements } from "../state/announcements";
import { useLaunchStore } from "../state/launch";
import { useRecentCodes } from "../state/recentCodes";

const NOT_A_DOSSIER_QR =
  "Mã QR này không chứa mã hồ sơ. Vui lòng quét mã QR in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, hoặc nhập mã hồ sơ.";

export const NO_ZALO_SCANNER_TEXT =
  "Thiết bị này không mở được máy quét mã QR của Zalo. Bạn có thể chụp hoặc chọn ảnh mã QR trên giấy hẹn, hoặc nhập mã hồ sơ vào ô phía trên.";

const SCAN_FAILED_TEXT =
  "Chưa quét được mã QR. Vui lòng thử lại, chụp ảnh mã QR trên giấy hẹn, hoặc nhập mã hồ sơ vào ô phía trên.";

export const HOME_ANNOUNCEMENTS = 3;

/** The newest announcements (top 3) with a link to all of them; nothing when there are none. */
function AnnouncementsSection() {
  const navigate = useNavigate();
  const { status, items } = useAnnouncementList("all");
  const load = useAnnouncements((state) => state.load);

  useEffect(() => {
    if (useAnnouncements.getState().lists.all.status === "idle") {
      void load("all");
    }
  }, [load]);

  if (status === "ready" && items.length === 0) {
    return null;
  }
  return (
    <section className="card" aria-labelledby="news-title">
      <h2 id="news-title" className="section-title">
        {ANNOUNCEMENTS_TITLE}
      </h2>
      {status === "error" ? (
        <p className="facts__note">
          Chưa tải được tin tức.{" "}
          <button type="button" className="link-button" onClick={() => void load("all", true)}>
            Thử lại
          </button>
        </p>
      ) : status === "ready" ? (
        <>
          <ul className="link-list">
            {items.slice(0, HOME_ANNOUNCEMENTS).map((item) => (
              <li key={item.id}>
                <button type="button" className="link-list__item" onClick={() => navigate(announcementUrl(item.id))}>
                  <span className="link-list__title">{item.title}</span>
                  <span className="link-list__meta">{announcementMeta(item)}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="link-button see-all" onClick={() => navigate(PATHS.announcements)}>
            Xem tất cả tin tức, thông báo
          </button>
        </>
      ) : (
        <div aria-busy="true" aria-label="Đang tải tin tức" role="status" className="loading">
          <SkeletonBlock height={18} width="85%" />
          <SkeletonBlock height={18} width="70%" />
        </div>
      )}
    </section>
  );
}

type ScanNotice =
  /** Zalo's scanner is missing or failed: the photo fallback is offered. */
  | { kind: "photo"; tone: "info" | "warning"; text: string }
  /** Something was scanned, but it is not a dossier QR code. */
  | { kind: "message"; text: string };

export default function HomePage() {
  const navigate = useNavigate();
  const oaId = zaloOaId();
  const [value, setValue] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const [scanNotice, setScanNotice] = useState<ScanNotice | null>(null);
  const [scanning, setScanning] = useState(false);
  const inputRef = useRef<InputRef>(null);
  const photoRef = useRef<QrPhotoFallbackHandle>(null);
  const focusPhoto = useRef(false);
  const recent = useRecentCodes((state) => state.items);
  const removeRecent = useRecentCodes((state) => state.remove);
  const rememberToken = useLaunchStore((state) => state.rememberToken);

  const openDossier = (code: string, token?: string) => {
    if (token) {
      rememberToken(code, token);
    }
    navigate(dossierUrl(code, token));
  };

  const openScanned = (content: string) => {
    const scanned = parseScannedContent(content);
    if (!scanned) {
      setScanNotice({ kind: "message", text: NOT_A_DOSSIER_QR });
      return;
    }
    setScanNotice(null);
    openDossier(scanned.code, scanned.token);
  };

  useEffect(() => {
    if (scanNotice?.kind === "photo" && focusPhoto.current) {
      focusPhoto.current = false;
      photoRef.current?.focus();
    }
  }, [scanNotice]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const check = checkDossierCode(value);
    if (!check.ok) {
      setInputError(check.message);
      return;
    }
    setInputError(null);
    setValue(check.code);
    openDossier(check.code);
  };

  const scan = async () => {
    setScanning(true);
    setScanNotice(null);
    try {
      openScanned(await scanQRCode());
    } catch (error) {
      const kind = error instanceof SdkError ? error.kind : "failed";
      if (kind === "cancelled") {
        return;
      }
      focusPhoto.current = true;
      setScanNotice(
        kind === "unsupported"
          ? { kind: "photo", tone: "info", text: NO_ZALO_SCANNER_TEXT }
          : { kind: "photo", tone: "warning", text: SCAN_FAILED_TEXT },
      );
    } finally {
      setScanning(false);
    }
  };

  const contactOa = async (action: "follow" | "chat") => {
    const outcome = action === "follow" ? await followOA(oaId) : await openChat(oaId);
    if (outcome === "done" && action === "follow") {
      await showToast("Bạn đã quan tâm Zalo OA.");
    }
  };

  return (
    <Page className="page">
      <AppHeader title="Một Cửa Zalo" showBack={false} />
      <div className="page__content">
        <section className="intro">
          <h1 className="intro__title">Tra cứu hồ sơ hành chính</h1>
          <p className="intro__text">
            Theo dõi tình trạng hồ sơ bạn đã nộp tại Bộ phận Một cửa bằng mã hồ sơ in trên giấy hẹn.
          </p>
        </section>

        <form className="card lookup" onSubmit={submit} noValidate>
          <TextField
            ref={inputRef}
            id="dossier-code"
            label="Nhập mã hồ sơ"
            placeholder="Ví dụ: 000.00.22.H12-261120-0007"
            helperText="Mã hồ sơ in trên giấy hẹn. Có thể gõ chữ thường, có hoặc không có dấu chấm, dấu gạch."
            value={value}
            autoCapitalize="characters"
            enterKeyHint="search"
            error={inputError}
            onChange={(event) => {
              setValue(event.target.value);
              if (inputError) {
                setInputError(null);
              }
            }}
          />
          <div className="actions">
            <Button htmlType="submit" size="large" fullWidth>
              Tra cứu hồ sơ
            </Button>
            <Button variant="secondary" size="large" fullWidth loading={scanning} onClick={scan}>
              Quét mã QR
            </Button>
          </div>
          {scanNotice?.kind === "message" ? (
            <Notice tone="warning">
              <p>{scanNotice.text}</p>
            </Notice>
          ) : null}
          {scanNotice?.kind === "photo" ? (
            <QrPhotoFallback
              ref={photoRef}
              intro={scanNotice.text}
              tone={scanNotice.tone}
              onDecoded={(found) => {
                setScanNotice(null);
                openDossier(found.code, found.token ?? undefined);
              }}
            />
          ) : null}
        </form>

        {recent.length > 0 ? (
          <section className="card" aria-labelledby="recent-title">
            <h2 id="recent-title" className="section-title">
              Hồ sơ đã tra cứu
            </h2>
            <ul className="recent-list">
              {recent.map((item) => (
                <li key={item.code} className="recent-list__item">
                  <button type="button" className="recent-list__open" onClick={() => openDossier(item.code)}>
                    <span className="recent-list__code">{item.code}</span>
                    {item.procedureName ? <span className="recent-list__meta">{item.procedureName}</span> : null}
                    <span className="recent-list__meta">
                      {item.statusLabel ? `${item.statusLabel} · ` : ""}
                      Xem lúc {formatShortDateTime(item.viewedAt)}
                    </span>
                  </button>
                  <button
                    type="button"
                    className="recent-list__remove"
                    aria-label={`Xoá mã ${item.code} khỏi danh sách`}
                    onClick={() => removeRecent(item.code)}
                  >
                    Xoá
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <nav className="card" aria-labelledby="more-title">
          <h2 id="more-title" className="section-title">
            Tiện ích
          </h2>
          <ul className="link-list">
            <li>
              <button type="button" className="link-list__item" onClick={() => navigate(PATHS.myDossiers)}>
                <span className="link-list__title">Hồ sơ của tôi</span>
                <span className="link-list__meta">Xem mọi hồ sơ đã nộp bằng số điện thoại Zalo của bạn</span>
              </button>
            </li>
            <li>
              <button type="button" className="link-list__item" onClick={() => navigate(PATHS.procedures)}>
                <span className="link-list__title">Hướng dẫn thủ tục hành chính</span>
                <span className="link-list__meta">Giấy tờ cần chuẩn bị, thời hạn giải quyết, phí, lệ phí</span>
              </button>
            </li>
            {oaId ? (
              <>
                <li>
                  <button type="button" className="link-list__item" onClick={() => contactOa("chat")}>
                    <span className="link-list__title">Nhắn tin hỏi đáp qua Zalo</span>
                    <span className="link-list__meta">Gửi câu hỏi cho Trung tâm Phục vụ hành chính công</span>
                  </button>
                </li>
                <li>
                  <button type="button" className="link-list__item" onClick={() => contactOa("follow")}>
                    <span className="link-list__title">Quan tâm Zalo OA</span>
                    <span className="link-list__meta">Nhận tin tức từ Trung tâm Phục vụ hành chính công</span>
                  </button>
                </li>
              </>
            ) : null}
          </ul>
        </nav>

        <AnnouncementsSection />
      </div>
    </Page>
  );
}
