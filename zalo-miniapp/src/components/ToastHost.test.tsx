import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("zmp-sdk/apis", async () => (await import("../test/zmpSdkMock")).browserZmpSdk());

import { showToast } from "../sdk/zalo";
import { TOAST_DURATION_MS, ToastHost } from "./ToastHost";

afterEach(() => {
  vi.useRealTimers();
});

describe("ToastHost", () => {
  it("shows showToast messages in a browser and hides them after a while", async () => {
    vi.useFakeTimers();
    render(<ToastHost />);
    await act(async () => {
      await showToast("Đã cập nhật tình trạng hồ sơ");
    });
    expect(screen.getByRole("status")).toHaveTextContent("Đã cập nhật tình trạng hồ sơ");
    act(() => {
      vi.advanceTimersByTime(TOAST_DURATION_MS + 1);
    });
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });
});
