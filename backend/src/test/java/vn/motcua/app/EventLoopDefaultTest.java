package vn.motcua.app;

import io.netty.util.concurrent.MultithreadEventExecutorGroup;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The running application has one event loop per core, and any configured value wins over that default. */
@QuarkusTest
class EventLoopDefaultTest {
    static final Class<?> DB = PostgresTest.class;
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Inject
    Vertx vertx;

    @Test
    void theApplicationRunsOneEventLoopPerCore() {
        var loops = (MultithreadEventExecutorGroup) ((VertxInternal) vertx).getEventLoopGroup();
        assertThat(loops.executorCount()).isEqualTo(CORES);
        assertThat(ConfigProvider.getConfig().getValue(EventLoopDefault.PROPERTY, Integer.class)).isEqualTo(CORES);
    }

    @Test
    void anyOtherSourceWins() {
        EventLoopDefault source = new EventLoopDefault();
        assertThat(source.getValue(EventLoopDefault.PROPERTY)).isEqualTo(String.valueOf(CORES));
        assertThat(source.getValue("quarkus.http.port")).isNull();
        // environment (300), system properties (400), application.properties (250) and the default
        // microprofile-config.properties (100) are all above it
        assertThat(source.getOrdinal()).isLessThan(100);
    }
}
