package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;

/** Where the live client reads the current OA access token (null when none is stored). */
@FunctionalInterface
public interface AccessTokenSource {
    Uni<String> accessToken();
}
