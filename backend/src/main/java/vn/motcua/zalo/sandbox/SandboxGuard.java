package vn.motcua.zalo.sandbox;

import vn.motcua.common.problem.ProblemException;
import vn.motcua.zalo.ZaloSettings;

/** Sandbox endpoints do not exist in live mode: they answer 404 like any unknown path. */
final class SandboxGuard {
    private SandboxGuard() {
    }

    static void require(ZaloSettings settings) {
        if (!settings.sandbox()) {
            throw ProblemException.notFound("Không tìm thấy", "The Zalo sandbox is off (zalo.mode=live).");
        }
    }
}
