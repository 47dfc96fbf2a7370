import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const zmp = vi.hoisted(() => ({
  getRouteParams: vi.fn(),
  scanQRCode: vi.fn(),
  openPhone: vi.fn(),
  showToast: vi.fn(),
  followOA: vi.fn(),
  interactOA: vi.fn(),
  openChat: vi.fn(),
  getAccessToken: vi.fn(),
  getPhoneNumber: vi.fn(),
  getUserInfo: vi.fn(),
  nativeStorage: {
    getItem: vi.fn(),
    setItem: vi.fn(),
    removeItem: vi.fn(),
    clear: vi.fn(),
    getStorageInfo: vi.fn(),
  },
}));

vi.mock("zmp-sdk/apis", () => zmp);

import {
  browserShell,
  callPhone,
  dialable,
  followOA,
  getAccessToken,
  getLaunchPath,
  getPhoneNumber,
  getRouteParams,
  getUserInfo,
  handleLoginRefusalOutsideZalo,
  interactOA,
  isInsideZalo,
  isLoginRefusal,
  oaLink,
  onFallbackToast,
  openChat,
  scanQRCode,
  SdkError,
  sdkErrorMessage,
  showToast,
  storageGet,
  storageRemove,
  storageSet,
} from "./zalo";

const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36";
const ZALO_UA =
  "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 Zalo android/12100613 ZaloTheme/light";

function setUserAgent(value: string) {
  vi.spyOn(window.navigator, "userAgent", "get").mockReturnValue(value);
}

function zaloError(code: number, message = "zalo error") {
  return Object.assign(new Error(message), { code });
}

beforeEach(() => {
  Object.values(zmp).forEach((value) => {
    if (typeof value === "function") {
      (value as ReturnType<typeof vi.fn>).mockReset();
    }
  });
  Object.values(zmp.nativeStorage).forEach((fn) => fn.mockReset());
  setUserAgent(BROWSER_UA);
});

afterEach(() => {
  window.history.replaceState(null, "", "/");
  vi.useRealTimers();
});

describe("isInsideZalo", () => {
  it("recognises Zalo's webview by its user agent", () => {
    expect(isInsideZalo()).toBe(false);
    setUserAgent(ZALO_UA);
    expect(isInsideZalo()).toBe(true);
  });
});

describe("getRouteParams", () => {
  it("returns what zmp-sdk reports inside Zalo", () => {
    zmp.getRouteParams.mockReturnValue({ code: "000.00.22.H12-261120-0007", t: "k1.abc" });
    expect(getRouteParams()).toEqual({ code: "000.00.22.H12-261120-0007", t: "k1.abc" });
  });

  it("falls back to location.search when zmp-sdk throws", () => {
    zmp.getRouteParams.mockImplementation(() => {
      throw new Error("not in Zalo");
    });
    window.history.replaceState(null, "", "/?code=000.00.22.H12-261120-0007&t=k1.xyz");
    expect(getRouteParams()).toEqual({ code: "000.00.22.H12-261120-0007", t: "k1.xyz" });
  });

  it("falls back to location.search when zmp-sdk returns nothing", () => {
    zmp.getRouteParams.mockReturnValue({});
    window.history.replaceState(null, "", "/miniapp/?code=abc");
    expect(getRouteParams()).toEqual({ code: "abc" });
  });
});

describe("getLaunchPath", () => {
  it("is the page's own path (the memory router ignores it)", () => {
    window.history.replaceState(null, "", "/miniapp/announcements?chuyenmuc=business");
    expect(getLaunchPath()).toBe("/miniapp/announcements");
    window.history.replaceState(null, "", "/");
  });
});

describe("scanQRCode", () => {
  it("returns the scanned content", async () => {
    setUserAgent(ZALO_UA);
    zmp.scanQRCode.mockResolvedValue({ content: "https://zalo.me/s/123/?code=X" });
    await expect(scanQRCode()).resolves.toBe("https://zalo.me/s/123/?code=X");
  });

  it("rejects with a typed 'unsupported' outside Zalo without calling zmp-sdk", async () => {
    zmp.scanQRCode.mockRejectedValue(new Error("not supported"));
    const error = await scanQRCode().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkError);
    expect((error as SdkError).kind).toBe("unsupported");
    expect(zmp.scanQRCode).not.toHaveBeenCalled();
  });

  it("ignores zmp-sdk's localhost simulator, which answers an empty scan outside Zalo", async () => {
    zmp.scanQRCode.mockResolvedValue({ content: "" });
    await expect(scanQRCode()).rejects.toMatchObject({ kind: "unsupported" });
    expect(zmp.scanQRCode).not.toHaveBeenCalled();
  });

  it("reports a closed scanner as 'cancelled' inside Zalo", async () => {
    setUserAgent(ZALO_UA);
    zmp.scanQRCode.mockRejectedValue(zaloError(-201, "user cancelled"));
    await expect(scanQRCode()).rejects.toMatchObject({ kind: "cancelled", code: -201 });
  });

  it("reports an old Zalo version as 'unsupported'", async () => {
    setUserAgent(ZALO_UA);
    zmp.scanQRCode.mockRejectedValue(zaloError(-1404));
    await expect(scanQRCode()).rejects.toMatchObject({ kind: "unsupported" });
  });

  it("reports other failures inside Zalo as 'failed'", async () => {
    setUserAgent(ZALO_UA);
    zmp.scanQRCode.mockRejectedValue(zaloError(-5));
    await expect(scanQRCode()).rejects.toMatchObject({ kind: "failed" });
  });

  it("treats an empty scan as cancelled", async () => {
    setUserAgent(ZALO_UA);
    zmp.scanQRCode.mockResolvedValue({ content: "  " });
    await expect(scanQRCode()).rejects.toMatchObject({ kind: "cancelled" });
  });
});

describe("storage", () => {
  it("uses nativeStorage inside Zalo", () => {
    zmp.nativeStorage.getItem.mockReturnValue("native");
    expect(storageGet("k")).toBe("native");
    storageSet("k", "v");
    expect(zmp.nativeStorage.setItem).toHaveBeenCalledWith("k", "v");
    expect(window.localStorage.getItem("k")).toBeNull();
  });

  it("falls back to localStorage when nativeStorage throws", () => {
    zmp.nativeStorage.getItem.mockImplementation(() => {
      throw new Error("no native storage");
    });
    zmp.nativeStorage.setItem.mockImplementation(() => {
      throw new Error("no native storage");
    });
    storageSet("recent", "[1]");
    expect(window.localStorage.getItem("recent")).toBe("[1]");
    expect(storageGet("recent")).toBe("[1]");
    storageRemove("recent");
    expect(storageGet("recent")).toBeNull();
  });

  it("falls back to memory when localStorage is unusable too", () => {
    zmp.nativeStorage.getItem.mockImplementation(() => {
      throw new Error("no native storage");
    });
    zmp.nativeStorage.setItem.mockImplementation(() => {
      throw new Error("no native storage");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new Error("quota");
    });
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new Error("denied");
    });
    storageSet("only-in-memory", "yes");
    expect(storageGet("only-in-memory")).toBe("yes");
  });
});

describe("callPhone", () => {
  it("opens Zalo's dialler with the number", async () => {
    setUserAgent(ZALO_UA);
    zmp.openPhone.mockResolvedValue(undefined);
    const open = vi.spyOn(browserShell, "openUrl").mockImplementation(() => {});
    await callPhone("0252 3123.456");
    expect(zmp.openPhone).toHaveBeenCalledWith({ phoneNumber: "02523123456" });
    expect(open).not.toHaveBeenCalled();
  });

  it("falls back to a tel: link outside Zalo", async () => {
    zmp.openPhone.mockRejectedValue(new Error("not in Zalo"));
    const open = vi.spyOn(browserShell, "openUrl").mockImplementation(() => {});
    await callPhone("+84 252 3123456");
    expect(open).toHaveBeenCalledWith("tel:+842523123456");
  });

  it("uses the tel: link on localhost too, where zmp-sdk's simulator would 'succeed' without dialling", async () => {
    zmp.openPhone.mockResolvedValue(undefined);
    const open = vi.spyOn(browserShell, "openUrl").mockImplementation(() => {});
    await callPhone("0252 3865138");
    expect(open).toHaveBeenCalledWith("tel:02523865138");
    expect(zmp.openPhone).not.toHaveBeenCalled();
  });

  it("keeps digits and a leading plus when dialling", () => {
    expect(dialable(" (0252) 3-123-456 ")).toBe("02523123456");
    expect(dialable("+84 912 345 678")).toBe("+84912345678");
  });
});

describe("showToast", () => {
  it("uses Zalo's toast when available", async () => {
    setUserAgent(ZALO_UA);
    zmp.showToast.mockResolvedValue(undefined);
    const listener = vi.fn();
    const unsubscribe = onFallbackToast(listener);
    await showToast("Đã lưu");
    expect(zmp.showToast).toHaveBeenCalledWith({ message: "Đã lưu" });
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it("falls back to the in-app toast outside Zalo", async () => {
    zmp.showToast.mockResolvedValue(undefined);
    const listener = vi.fn();
    const unsubscribe = onFallbackToast(listener);
    await showToast("Đã lưu");
    expect(listener).toHaveBeenCalledWith("Đã lưu");
    unsubscribe();
    await showToast("Lần nữa");
    expect(listener).toHaveBeenCalledTimes(1);
    expect(zmp.showToast).not.toHaveBeenCalled();
  });
});

describe("Official Account", () => {
  it("follows the OA inside Zalo", async () => {
    setUserAgent(ZALO_UA);
    zmp.followOA.mockResolvedValue(undefined);
    await expect(followOA("4318")).resolves.toBe("done");
    expect(zmp.followOA).toHaveBeenCalledWith({ id: "4318" });
  });

  it("opens the OA link outside Zalo", async () => {
    zmp.followOA.mockRejectedValue(new Error("not in Zalo"));
    const open = vi.spyOn(browserShell, "openUrl").mockImplementation(() => {});
    await expect(followOA("4318")).resolves.toBe("opened-link");
    expect(open).toHaveBeenCalledWith("https://zalo.me/4318");
  });

  it("does nothing more when the user declines", async () => {
    setUserAgent(ZALO_UA);
    zmp.followOA.mockRejectedValue(zaloError(-201));
    const open = vi.spyOn(browserShell, "openUrl").mockImplementation(() => {});
    await expect(followOA("4318")).resolves.toBe("cancelled");
    expect(open).not.toHaveBeenCalled();
  });

  it("opens the OA chat with a prefilled message, or the OA link outside Zalo", async () => {
    setUserAgent(ZALO_UA);
    zmp.openChat.mockResolvedValue(undefined);
    await expect(openChat("4318", "Xin chào")).resolves.toBe("done");
    expect(zmp.openChat).toHaveBeenCalledWith({ type: "oa", id: "4318", message: "Xin chào" });

    setUserAgent(BROWSER_UA);
    zmp.openChat.mockRejectedValue(new Error("not in Zalo"));
    const open = vi.spyOn(browserShell, "openUrl").mockImplementation(() => {});
    await expect(openChat("4318")).resolves.toBe("opened-link");
    expect(open).toHaveBeenCalledWith(oaLink("4318"));
  });
});

describe("identity", () => {
  it("rejects with 'unsupported' outside Zalo without calling zmp-sdk", async () => {
    await expect(getAccessToken()).rejects.toMatchObject({ kind: "unsupported" });
    await expect(getPhoneNumber()).rejects.toMatchObject({ kind: "unsupported" });
    await expect(getUserInfo()).rejects.toMatchObject({ kind: "unsupported" });
    expect(zmp.getAccessToken).not.toHaveBeenCalled();
    expect(zmp.getPhoneNumber).not.toHaveBeenCalled();
    expect(zmp.getUserInfo).not.toHaveBeenCalled();
  });

  it("returns the tokens inside Zalo", async () => {
    setUserAgent(ZALO_UA);
    zmp.getAccessToken.mockResolvedValue("user-token");
    zmp.getPhoneNumber.mockResolvedValue({ token: "phone-token" });
    await expect(getAccessToken()).resolves.toBe("user-token");
    await expect(getPhoneNumber()).resolves.toBe("phone-token");
  });

  it("reads the OA-scoped id and the follow state, without asking for name and avatar", async () => {
    setUserAgent(ZALO_UA);
    zmp.getUserInfo.mockResolvedValue({
      userInfo: { id: "u1", name: "", avatar: "", idByOA: "oa-u1", followedOA: false },
    });
    await expect(getUserInfo()).resolves.toEqual({
      id: "u1",
      name: "",
      idByOA: "oa-u1",
      followedOA: false,
      isSensitive: false,
    });
    expect(zmp.getUserInfo.mock.calls[0][0]).not.toHaveProperty("autoRequestPermission", true);

    zmp.getUserInfo.mockResolvedValue({ userInfo: { id: "u2", name: "An", avatar: "" } });
    await expect(getUserInfo()).resolves.toEqual({
      id: "u2",
      name: "An",
      idByOA: null,
      followedOA: null,
      isSensitive: false,
    });
  });

  it("reads isSensitive, so that sensitive accounts are asked for nothing beyond a feature's need", async () => {
    setUserAgent(ZALO_UA);
    zmp.getUserInfo.mockResolvedValue({ userInfo: { id: "u3", name: "", avatar: "", isSensitive: true } });
    await expect(getUserInfo()).resolves.toMatchObject({ id: "u3", isSensitive: true });
  });

  it("asks Zalo to let the OA message the user with interactOA, inside Zalo only", async () => {
    zmp.interactOA.mockReset().mockResolvedValue(undefined);
    await expect(interactOA("4318")).resolves.toBe("unsupported");
    expect(zmp.interactOA).not.toHaveBeenCalled();
    setUserAgent(ZALO_UA);
    await expect(interactOA("4318")).resolves.toBe("allowed");
    expect(zmp.interactOA).toHaveBeenCalledWith({ oaId: "4318" });
    zmp.interactOA.mockRejectedValue(zaloError(-201));
    await expect(interactOA("4318")).resolves.toBe("refused");
    zmp.interactOA.mockRejectedValue(zaloError(-1404));
    await expect(interactOA("4318")).resolves.toBe("unsupported");
  });

  it.each([-201, -202, -1401])("maps the refusal %i to 'cancelled' with a polite message", async (code) => {
    setUserAgent(ZALO_UA);
    zmp.getPhoneNumber.mockRejectedValue(zaloError(code));
    const error = await getPhoneNumber().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "cancelled", code });
    expect(sdkErrorMessage(error, "phone")).toContain("Bạn chưa đồng ý chia sẻ số điện thoại");
    zmp.getAccessToken.mockRejectedValue(zaloError(code));
    const signIn = await getAccessToken().catch((e: unknown) => e);
    expect(sdkErrorMessage(signIn, "sign-in")).toContain("Bạn chưa đồng ý đăng nhập");
  });

  it.each([-1403, -1404])("maps %i to 'unsupported' (not available)", async (code) => {
    setUserAgent(ZALO_UA);
    zmp.getPhoneNumber.mockRejectedValue(zaloError(code));
    const error = await getPhoneNumber().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "unsupported", code });
    expect(sdkErrorMessage(error, "phone")).toContain("Chưa lấy được số điện thoại qua Zalo");
  });

  it("reports other failures and empty answers as 'failed'", async () => {
    setUserAgent(ZALO_UA);
    zmp.getAccessToken.mockResolvedValue("");
    const error = await getAccessToken().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "failed" });
    expect(sdkErrorMessage(error, "sign-in")).toBe("Zalo chưa phản hồi. Vui lòng kiểm tra kết nối mạng và thử lại.");
    zmp.getUserInfo.mockRejectedValue(zaloError(-5));
    await expect(getUserInfo()).rejects.toMatchObject({ kind: "failed", code: -5 });
  });
});

describe("zmp-sdk's import-time login refusal", () => {
  function rejection(reason: unknown): Event {
    const event = new Event("unhandledrejection", { cancelable: true });
    Object.defineProperty(event, "reason", { value: reason });
    return event;
  }

  const refusal = { code: -2000, message: "Unknown error. Please try again later.", api: "login" };

  it("recognises exactly the login refusal", () => {
    expect(isLoginRefusal(refusal)).toBe(true);
    expect(isLoginRefusal({ ...refusal, api: "scanQRCode" })).toBe(false);
    expect(isLoginRefusal({ ...refusal, code: -1401 })).toBe(false);
    expect(isLoginRefusal(new Error("login"))).toBe(false);
    expect(isLoginRefusal(undefined)).toBe(false);
  });

  it("marks it handled outside Zalo and leaves every other rejection alone", () => {
    const uninstall = handleLoginRefusalOutsideZalo(window);
    try {
      const login = rejection(refusal);
      window.dispatchEvent(login);
      expect(login.defaultPrevented).toBe(true);

      const other = rejection(new Error("a real bug"));
      window.dispatchEvent(other);
      expect(other.defaultPrevented).toBe(false);

      setUserAgent(ZALO_UA);
      const inside = rejection(refusal);
      window.dispatchEvent(inside);
      expect(inside.defaultPrevented).toBe(false);
    } finally {
      uninstall();
    }
    setUserAgent(BROWSER_UA);
    const afterUninstall = rejection(refusal);
    window.dispatchEvent(afterUninstall);
    expect(afterUninstall.defaultPrevented).toBe(false);
  });
});
