package vn.motcua.common;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.function.Supplier;

/**
 * Hibernate Reactive needs a duplicated Vert.x context; work started from a message broker, a scheduler
 * or a start-up hook may run elsewhere, so it is moved onto one first.
 */
public final class VertxContexts {
    private VertxContexts() {
    }

    public static <T> Uni<T> onDuplicatedContext(Vertx vertx, Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored ->
                work.get().subscribe().with(emitter::complete, emitter::fail)));
    }
}
