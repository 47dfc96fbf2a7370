package vn.motcua.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries live in classes named {@code *Repository} or {@code *Store} (issue 18): a reader who wants to know what
 * touches a table greps those, and a service shows its logic without SQL in between. A query is a call of
 * {@code query}/{@code preparedQuery} on the reactive SQL client, or a Panache query method given a query string.
 * The same classes alone hold the client (a {@code Pool}, {@code PgPool} or {@code SqlClient} field): a service
 * that decides a transaction's boundaries opens it through {@code common.Transactions}, so it has no client to
 * query with.
 */
class DataAccessTest {
    private static final Set<String> SQL_METHODS = Set.of("query", "preparedQuery");
    /** The one class besides the stores that holds the pool: it opens the services' transactions and runs no SQL. */
    private static final String TRANSACTIONS = PackageGraph.ROOT + ".common.Transactions";
    private static final Set<String> PANACHE_QUERIES = Set.of("find", "list", "stream", "count", "delete", "update");
    /** Read once for all the rules: importing every class file is the slow part of this test. */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(PackageGraph.ROOT);
    private static final JavaClasses FIXTURE = new ClassFileImporter()
            .importPackages("vn.motcua.architecture.fixture.data");

    @Test
    void onlyRepositoriesAndStoresQueryTheDatabase() {
        assertThat(queryingOutsideStores(MAIN)).as("classes that query the database but are not named "
                + "*Repository or *Store (move the query into the table's repository or store)").isEmpty();
    }

    @Test
    void theRuleFindsAQueryOutsideAStore() {
        assertThat(queryingOutsideStores(FIXTURE)).containsExactly(
                "vn.motcua.architecture.fixture.data.DossierCounter calls Dossier.count",
                "vn.motcua.architecture.fixture.data.DossierCounter calls Pool.query");
    }

    @Test
    void onlyRepositoriesAndStoresHoldTheSqlClient() {
        assertThat(holdingTheClientOutsideStores(MAIN)).as("classes that hold a Pool or SqlClient but are not named "
                + "*Repository or *Store (open transactions with common.Transactions, move queries into a store)")
                .isEmpty();
    }

    @Test
    void theRuleFindsAPoolOutsideAStore() {
        assertThat(holdingTheClientOutsideStores(FIXTURE)).containsExactly(
                "vn.motcua.architecture.fixture.data.DossierClosing holds Pool pool",
                "vn.motcua.architecture.fixture.data.DossierCounter holds Pool pool");
    }

    static List<String> holdingTheClientOutsideStores(JavaClasses classes) {
        return classes.stream()
                .flatMap(c -> c.getFields().stream())
                .filter(DataAccessTest::isSqlClient)
                .filter(field -> !storeNamed(topLevel(field.getOwner()))
                        && !topLevel(field.getOwner()).getName().equals(TRANSACTIONS))
                .map(field -> topLevel(field.getOwner()).getName() + " holds "
                        + field.getRawType().getSimpleName() + " " + field.getName())
                .distinct().sorted().toList();
    }

    /** Pool, PgPool and a connection are all SqlClients, in the Mutiny API and in Vert.x's own. */
    private static boolean isSqlClient(JavaField field) {
        JavaClass type = field.getRawType();
        return type.isAssignableTo("io.vertx.mutiny.sqlclient.SqlClient")
                || type.isAssignableTo("io.vertx.sqlclient.SqlClient");
    }

    static List<String> queryingOutsideStores(JavaClasses classes) {
        return classes.stream()
                .flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(DataAccessTest::isQuery)
                .filter(call -> !storeNamed(topLevel(call.getOriginOwner())))
                .map(call -> topLevel(call.getOriginOwner()).getName() + " calls "
                        + call.getTargetOwner().getSimpleName() + "." + call.getTarget().getName())
                .distinct().sorted().toList();
    }

    private static boolean isQuery(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getTarget().getName();
        if (SQL_METHODS.contains(name)) {
            return owner.isAssignableTo("io.vertx.mutiny.sqlclient.SqlClient")
                    || owner.isAssignableTo("io.vertx.sqlclient.SqlClient");
        }
        boolean panache = owner.isAssignableTo("io.quarkus.hibernate.reactive.panache.PanacheEntityBase")
                || owner.isAssignableTo("io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase");
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        return panache && PANACHE_QUERIES.contains(name) && !parameters.isEmpty()
                && parameters.get(0).isEquivalentTo(String.class);
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    private static boolean storeNamed(JavaClass c) {
        return c.getSimpleName().endsWith("Repository") || c.getSimpleName().endsWith("Store");
    }
}
