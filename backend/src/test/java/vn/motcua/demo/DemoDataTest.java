package vn.motcua.demo;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.common.VertxContexts;
import vn.motcua.config.StartupCheck;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

/** The README's demo codes answer with Vietnamese labels and next steps; the generator covers all statuses. */
@QuarkusTest
class DemoDataTest {
    static final Class<?> DB = PostgresTest.class;

    @Inject
    DemoDataLoader loader;
    @Inject
    Vertx vertx;

    private void loadDemo() {
        if (Db.count("select count(*) from agency where code = '000.00.00.H12'") == 0) {
            Db.reset();
            VertxContexts.onDuplicatedContext(vertx, loader::loadIfEmpty).await().atMost(Duration.ofMinutes(2));
        }
    }

    /** StartupSafety runs the checks the container has: the demo's must not be dropped as an unused bean. */
    @Test
    void theDemosStartupCheckIsAmongTheChecksRunAtStart() {
        assertThat(Arc.container().listAll(StartupCheck.class))
                .extracting(check -> check.getBean().getBeanClass().getName())
                .contains(DemoStartupCheck.class.getName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "000.00.22.H12-261120-0007|000.00.22.H12-261120-0007|2|Được tiếp nhận",
            "000.12.00.H36-261118-0012|000.12.00.H36-261118-0012|5|Yêu cầu bổ sung giấy tờ",
            "000.10.00.H36-261110-0021|000.10.00.H36-261110-0021|6|Yêu cầu thực hiện nghĩa vụ tài chính",
            "000.00.01.H36-261015-0003|000.00.01.H36-261015-0003|9|Đã xử lý xong",
            "000.11.00.H36-260901-0004|000.11.00.H36-260901-0004|10|Đã trả kết quả",
            "000.00.01.H36-261001-0015|000.00.01.H36-261001-0015|4|Đang xử lý",
            "000.00.22.H12-250310-0042|000.12.00.H36-250310-0042|4|Đang xử lý",
            "000.00.20.H12-250520-0031|000.00.20.H12-250520-0031|10|Đã trả kết quả",
            "000.14.00.H36-261125-0001|000.14.00.H36-261125-0001|1|Mới đăng ký",
            "000.15.00.H36-261105-0008|000.15.00.H36-261105-0008|3|Không được tiếp nhận",
            "000.16.00.H36-261027-0019|000.16.00.H36-261027-0019|4|Đang xử lý"})
    void readmeCodesAnswer(String typed, String code, int status, String label) {
        loadDemo();
        RestAssured.get("/api/public/v1/dossiers/{code}", typed).then().statusCode(200)
                .body("code", equalTo(code))
                .body("status.code", equalTo(status))
                .body("status.label", equalTo(label))
                .body("status.nextStep", not(emptyOrNullString()));
    }

    @Test
    void theOverdueDemoIsOverdueAndNoDueDateMovesWithoutAReason() {
        loadDemo();
        RestAssured.get("/api/public/v1/dossiers/000.16.00.H36-261027-0019").then().body("overdue", equalTo(true));
        RestAssured.get("/api/public/v1/dossiers/000.00.22.H12-250310-0042").then()
                .body("previousDueAt", org.hamcrest.Matchers.nullValue());
        assertThat(Db.count("select count(*) from due_date_change where old_due_at = new_due_at")).isZero();
    }

    @Test
    void theDemoHasEveryStatusAndTheMergedHierarchy() {
        loadDemo();
        assertThat(Db.count("select count(distinct status) from dossier")).isEqualTo(10);
        assertThat(Db.count("select count(*) from dossier")).isGreaterThanOrEqualTo(300);
        assertThat(Db.count("select count(*) from procedure where not placeholder")).isGreaterThanOrEqualTo(20);
        assertThat(Db.count("select count(*) from agency where replaced_by_id is not null")).isGreaterThanOrEqualTo(10);
        assertThat(Db.count("select count(*) from agency a join agency p on p.id = a.parent_id join agency g on g.id = p.parent_id"))
                .as("three levels before 2025").isPositive();
        assertThat(Db.count("select count(*) from dossier d where not exists (select 1 from dossier_event e where e.dossier_id = d.id)"))
                .as("every dossier has a timeline").isZero();
        RestAssured.given().queryParam("q", "dat dai").get("/api/public/v1/procedures").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                .body("field", org.hamcrest.Matchers.everyItem(equalTo("Đất đai")));
    }
}
