package vn.motcua.common.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PathCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin;x=1/dossiers", "/admin/dossiers;jsessionid=1", "/admin/..;/admin/dossiers",
            "/admin%2Fdossiers", "/admin%2fdossiers", "/admin/%2e%2e/admin/dossiers", "/admin/./dossiers",
            "/x/../admin/dossiers", "//admin/dossiers", "/admin//dossiers", "/api/public/v1/dossiers/a%00b",
            "/api/public/v1/dossiers/%2F..%2F", "/api/public/v1/dossiers/a%2F.%2Fb", "/admin/a%5Cb", "/admin/a\\b",
            "/admin/a,b", "/admin/\u00c3\u00a9", "/admin/a%252Fb", "/admin/a%zz", "/admin/a%1", "/admin/%0d%0aX",
            "/admin/dossiers%2F000.12.00.H36-261118-0012", "/tra-cuu/..", "*", ""})
    void pathTricksAreRefused(String path) {
        assertThat(PathCheck.problem(path)).as(path).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/admin", "/admin/", "/admin/dossiers/000.12.00.H36-261118-0012",
            "/api/public/v1/dossiers/000%2000%2022%20H12", "/api/public/v1/dossiers/HS%2F2026%2F1/access",
            "/tra-cuu/HS%2F2026%2F1", "/api/public/v1/me/subscriptions/HS%2F1", "/api/integration/v1/dossiers/HS%2F1/qr.png",
            "/miniapp/assets/index-CLyW96Yu.css", "/q/health", "/zalo_verifierABC.html", "/api/public/v1/dossiers/Nguy%E1%BB%85n"})
    void ordinaryPathsPass(String path) {
        assertThat(PathCheck.problem(path)).as(path).isNull();
    }
}
