package vn.motcua.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Put on a test class (or inherit) to run against the real PostgreSQL. */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
public final class PostgresTest {
    private PostgresTest() {
    }
}
