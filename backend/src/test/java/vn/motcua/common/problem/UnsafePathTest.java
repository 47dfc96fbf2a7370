package vn.motcua.common.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.admin.AdminFixture;
import vn.motcua.support.PostgresTest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Paths with matrix parameters and other path tricks get a quick, clean 400 (never a hang, a stack trace, or the
 * admin without logging in), while ordinary paths, dossier codes with an encoded slash included, work as before.
 */
@QuarkusTest
class UnsafePathTest {
    static final Class<?> DB = PostgresTest.class;
    static final List<String> TRICKS = List.of("/admin;x=1/dossiers", "/admin/dossiers;x=1", "/admin/..;/admin/dossiers",
            "/admin%2Fdossiers", "/admin/%2e%2e/admin/dossiers", "/admin/dossiers%00", "/admin/a,b", "/q/health;x=1", "/api/public/v1/dossiers/a%00b",
            "/api/public/v1/dossiers/%2F..%2F", "/api/public/v1/..%2F..%2Fadmin/dossiers", "/sandbox/chat;x=1",
            // NUL in a query parameter: PostgreSQL refuses it in text, which answered 500 further on
            "/api/sandbox/v1/messages?recipient=a%00", "/zalo/oauth/callback?code=1&state=%00");
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            boolean http = logger.startsWith("io.quarkus.vertx.http") || logger.startsWith("io.vertx") || logger.startsWith("io.netty")
                    || logger.startsWith("vn.motcua.common");
            if (record.getThrown() != null || (http && record.getLevel().intValue() >= Level.WARNING.intValue())) {
                logged.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        AdminFixture.seed();
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(capture);
    }

    /**
     * RestAssured's HTTP client collapses "//" and removes "." and ".." segments before sending: those paths go
     * through a socket, byte for byte. Answers the status line.
     */
    private static String rawRequestLine(String target) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return answer.substring(0, answer.indexOf("\r\n"));
        }
    }

    /** Exactly the path given, and a request that would hang fails the test after 5 s instead. */
    private static RequestSpecification raw() {
        return RestAssured.given().urlEncodingEnabled(false).redirects().follow(false)
                .config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 5000).setParam("http.connection.timeout", 5000)));
    }

    @Test
    void pathTricksGetAQuickCleanProblem() {
        for (String path : TRICKS) {
            long start = System.nanoTime();
            Response response = raw().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("title")).as(path).isEqualTo("Địa chỉ không hợp lệ");
            assertThat(response.header("Set-Cookie")).as(path).isNull();
            assertThat((System.nanoTime() - start) / 1_000_000).as(path).isLessThan(2_000);
        }
        raw().post("/admin;x=1/dossiers/000.12.00.H36-261118-0012/actions").then().statusCode(400);
        assertThat(logged).extracting(LogRecord::getMessage).isEmpty();
    }

    @Test
    void pathsANormalisingClientWouldNotSendAreRefusedToo() throws Exception {
        for (String target : List.of("//admin/dossiers", "/admin//dossiers", "/x/../admin/dossiers", "/admin/./dossiers",
                "/admin/\u00c3\u00a9")) {
            assertThat(rawRequestLine(target)).as(target).isEqualTo("HTTP/1.1 400 Bad Request");
        }
        // only the path is checked: a comma or an accent in the query still leads to the login form
        assertThat(rawRequestLine("/admin/dossiers?ten=\u00c3\u00a9,x")).isEqualTo("HTTP/1.1 302 Found");
        assertThat(logged).extracting(LogRecord::getMessage).isEmpty();
    }

    @Test
    void aBrowserUnderAdminGetsTheVietnameseErrorPage() {
        raw().accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/admin;x=1/dossiers").then().statusCode(400)
                .contentType(containsString("text/html")).header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .body(containsString("Địa chỉ không hợp lệ"))
                .body(containsString("Về trang tổng quan")).body(not(containsString("Exception")));
    }

    @Test
    void noTrickOpensTheAdminEvenWithASession() {
        String cookie = AdminFixture.session("canbo");
        for (String path : TRICKS) {
            raw().cookie("motcua-admin", cookie).get(path).then().statusCode(400)
                    .body(not(containsString("000.12.00.H36-261118-0012")));
        }
        // and without one, the plain path still asks for the login
        raw().get("/admin/dossiers").then().statusCode(302).header("Location", containsString("/admin/login"));
        raw().cookie("motcua-admin", cookie).get("/admin/dossiers").then().statusCode(200)
                .body(containsString("000.12.00.H36-261118-0012"));
    }
}
