package vn.motcua.intake;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Bad data inside a record (issue 13, "Bad input found"): each is a per-record refusal with its reason through all
 * three doors, never a 500 and never a database error marked retryable (the queue would requeue it forever); the good
 * record of the same batch applies.
 */
@QuarkusTest
class BadRecordDataTest {
    static final Class<?> DB = PostgresTest.class;
    static final String GOOD = "000.00.22.H12-261126-0001";
    static final String MEGABYTE = "x".repeat(1024 * 1024);

    @Inject
    @Any
    InMemoryConnector connector;

    @BeforeEach
    void clean() {
        Db.reset();
    }

    /** Own-format records, each bad in one way, and a good one last. */
    static String ownBatch() {
        return """
                [{"code":"A-FEE-1E400","status":6,"fees":[{"name":"Lệ phí","amount":1e400}]},
                 {"code":"A-FEE-HUGE","status":6,"fees":[{"name":"Lệ phí","amount":"1e999999"}]},
                 {"code":"A-FEE-HUGE-NUMBER","status":6,"fees":[{"name":"Lệ phí","amount":1e999999}]},
                 {"code":"A-FEE-NEGATIVE","status":6,"fees":[{"name":"Lệ phí","amount":-100000}]},
                 {"code":"A-NUL","status":5,"supplements":[{"items":["Bản vẽ\\u0000"]}]},
                 {"code":"A-LONG","status":5,"supplements":[{"items":["%s"]}]},
                 {"code":"---","status":2},
                 {"code":"%s","status":6,"fees":[{"name":"Lệ phí","amount":"100.000"}]}]""".formatted(MEGABYTE, GOOD);
    }

    /** The same, in the national format. */
    static String nationalBatch() {
        return """
                {"service":"DongBoHoSoMC","data":[
                 {"MaHoSo":"N-FEE-1E400","TrangThaiHoSo":"6","DanhSachLePhi":[{"TenPhiLePhi":"Lệ phí","Gia":1e400}]},
                 {"MaHoSo":"N-FEE-HUGE","TrangThaiHoSo":"6","DanhSachLePhi":[{"TenPhiLePhi":"Lệ phí","Gia":"1e999999"}]},
                 {"MaHoSo":"N-FEE-HUGE-NUMBER","TrangThaiHoSo":"6","DanhSachLePhi":[{"TenPhiLePhi":"Lệ phí","Gia":1e999999}]},
                 {"MaHoSo":"N-FEE-NEGATIVE","TrangThaiHoSo":"6","DanhSachLePhi":[{"TenPhiLePhi":"Lệ phí","Gia":"-5"}]},
                 {"MaHoSo":"N-NUL","TrangThaiHoSo":"5","DanhSachHoSoBoSung":[{"NoiDungBoSung":"Bản vẽ\\u0000"}]},
                 {"MaHoSo":"N-LONG","TrangThaiHoSo":"2","TaiLieuNop":[{"TenTepDinhKem":"%s"}]},
                 {"MaHoSo":"---","TrangThaiHoSo":"2"},
                 {"MaHoSo":"%s","TrangThaiHoSo":"6","DanhSachLePhi":[{"TenPhiLePhi":"Lệ phí","Gia":"100.000"}]}]}"""
                .formatted(MEGABYTE, GOOD);
    }

    static final String[] FIELDS = {"amount", "amount", "amount", "amount", "items[0]", "items[0]", "code"};
    static final String[] NATIONAL_FIELDS = {"Gia", "Gia", "Gia", "Gia", "NoiDungBoSung", "TenTepDinhKem", "MaHoSo"};

    private static void assertOnlyTheGoodRecordStored() {
        assertThat(Db.column("select code from dossier")).containsExactly(GOOD);
        assertThat(Db.column("select amount::text from dossier_fee")).containsExactly("100000");
        RestAssured.get("/api/public/v1/dossiers/---").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void ownJsonApiRefusesEachBadRecordWithItsReason() {
        var answer = Api.postOwn(ownBatch()).statusCode(200)
                .body("applied", equalTo(1))
                .body("rejected", equalTo(7))
                .body("results[7].outcome", equalTo("created"))
                .body("results.retryable.flatten()", org.hamcrest.Matchers.everyItem(nullValue()));
        for (int i = 0; i < FIELDS.length; i++) {
            answer.body("results[" + i + "].outcome", equalTo("rejected"))
                    .body("results[" + i + "].errors[0].field", containsString(FIELDS[i]));
        }
        answer.body("results[3].errors[0].message", containsString("negative"))
                .body("results[4].errors[0].message", containsString("NUL"))
                .body("results[5].errors[0].message", containsString("longer than"))
                .body("results[6].errors[0].message", containsString("no letter"));
        assertOnlyTheGoodRecordStored();
    }

    @Test
    void nationalApiRefusesEachBadRecordWithItsReason() {
        var answer = Api.postDvcqg(nationalBatch()).statusCode(200)
                .body("error_code", equalTo(1))
                .body("so_ban_ghi_thanh_cong", equalTo(1))
                .body("data[7].error_code", equalTo(0));
        for (int i = 0; i < NATIONAL_FIELDS.length; i++) {
            answer.body("data[" + i + "].error_code", equalTo(-1))
                    .body("data[" + i + "].message", containsString(NATIONAL_FIELDS[i]))
                    .body("data[" + i + "].retryable", nullValue());
        }
        assertOnlyTheGoodRecordStored();
    }

    @Test
    void theQueueDoorTakesDataProblemsOffTheQueueAndNeverRequeuesThem() {
        var source = connector.source("dossier-updates");
        AtomicInteger acks = new AtomicInteger();
        AtomicInteger nacks = new AtomicInteger();
        for (String body : new String[]{ownBatch(), nationalBatch()}) {
            source.send(Message.of(body, () -> {
                acks.incrementAndGet();
                return CompletableFuture.completedFuture(null);
            }, failure -> {
                nacks.incrementAndGet();
                return CompletableFuture.completedFuture(null);
            }));
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (acks.get() + nacks.get() < 2 && Instant.now().isBefore(deadline)) {
            sleep();
        }
        assertThat(acks.get()).isEqualTo(2);
        assertThat(nacks.get()).isZero();
        assertOnlyTheGoodRecordStored();
    }

    @Test
    void aFailureTheDatabaseReportsForTheDataIsPermanentAndOnlyInfrastructureIsRetryable() {
        assertThat(Failures.isInfrastructure(new io.vertx.pgclient.PgException("numeric field overflow", "ERROR",
                "22003", null))).isFalse();
        assertThat(Failures.isInfrastructure(new io.vertx.pgclient.PgException("invalid byte sequence", "ERROR",
                "22021", null))).isFalse();
        assertThat(Failures.isInfrastructure(new RuntimeException(new io.vertx.pgclient.PgException(
                "could not serialize access", "ERROR", "40001", null)))).isTrue();
        assertThat(Failures.isInfrastructure(new io.vertx.pgclient.PgException("the database system is shutting down",
                "FATAL", "57P03", null))).isTrue();
        assertThat(Failures.isInfrastructure(new java.net.ConnectException("Connection refused"))).isTrue();
        assertThat(Failures.isInfrastructure(new NullPointerException())).isFalse();
    }

    @Test
    void amountsAreReadAsSendersWriteThem() {
        Api.postDvcqg("""
                {"service":"DongBoHoSoMC","data":[{"MaHoSo":"%s","TrangThaiHoSo":"6","DanhSachLePhi":[
                  {"TenPhiLePhi":"A","Gia":"1,250,000"},{"TenPhiLePhi":"B","Gia":"75000.00"},
                  {"TenPhiLePhi":"C","Gia":135000},{"TenPhiLePhi":"D","Gia":"2.500.000"}]}]}""".formatted(GOOD))
                .statusCode(200).body("error_code", equalTo(0));
        assertThat(Db.column("select amount::text from dossier_fee order by id"))
                .containsExactly("1250000", "75000", "135000", "2500000");
        Api.postDvcqg("""
                {"service":"DongBoHoSoMC","data":[{"MaHoSo":"%s","TrangThaiHoSo":"6","DanhSachLePhi":[
                  {"TenPhiLePhi":"A","Gia":"12.5"}]}]}""".formatted(GOOD))
                .statusCode(200).body("data[0].errors.message", hasItem(containsString("whole number")));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A long list of documents is read up to 200 with one warning, not one warning per element of a 5 MB body. */
    @Test
    void aHugeListOfEmptyDocumentsAnswersWithAFewWarningsNotAMillion() {
        String documents = java.util.stream.IntStream.range(0, 50_000).mapToObj(i -> "{}")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        Api.postOwn("[{\"code\":\"%s\",\"status\":2,\"submittedDocuments\":%s}]".formatted(GOOD, documents))
                .statusCode(200)
                .body("results[0].outcome", equalTo("created"))
                .body("results[0].warnings", hasItem(containsString("more than 200 items")))
                .body("results[0].warnings.size()", org.hamcrest.Matchers.lessThanOrEqualTo(201));
        assertThat(Db.count("select count(*) from dossier_document")).isZero();
    }
}
