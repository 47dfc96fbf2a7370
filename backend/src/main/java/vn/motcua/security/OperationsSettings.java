package vn.motcua.security;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/**
 * {@code motcua.operations.*}: who may read the operators' endpoints (/q/metrics, /q/openapi, /q/swagger-ui)
 * outside the demo. Owned by this feature, not by {@code config}: the shared configuration knows no feature.
 */
@ConfigMapping(prefix = "motcua.operations")
public interface OperationsSettings {
    /** Bearer token for those endpoints; without it they answer 404 on a real database. */
    Optional<String> token();
}
