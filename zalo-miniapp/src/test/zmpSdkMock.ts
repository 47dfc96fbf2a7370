/**
 * zmp-sdk as it behaves in an ordinary browser: every call rejects. Test
 * files install it with
 *   vi.mock("zmp-sdk/apis", async () => (await import("../test/zmpSdkMock")).browserZmpSdk());
 */
import { vi } from "vitest";

function notInZalo(): Error {
  return Object.assign(new Error("not running inside Zalo"), { code: -1 });
}

export function browserZmpSdk() {
  const reject = () => Promise.reject(notInZalo());
  return {
    getRouteParams: vi.fn(() => {
      throw notInZalo();
    }),
    scanQRCode: vi.fn(reject),
    openPhone: vi.fn(reject),
    showToast: vi.fn(reject),
    followOA: vi.fn(reject),
    interactOA: vi.fn(reject),
    openChat: vi.fn(reject),
    getAccessToken: vi.fn(reject),
    getPhoneNumber: vi.fn(reject),
    getUserInfo: vi.fn(reject),
    nativeStorage: {
      getItem: vi.fn(() => {
        throw notInZalo();
      }),
      setItem: vi.fn(() => {
        throw notInZalo();
      }),
      removeItem: vi.fn(() => {
        throw notInZalo();
      }),
      clear: vi.fn(),
      getStorageInfo: vi.fn(),
    },
  };
}
