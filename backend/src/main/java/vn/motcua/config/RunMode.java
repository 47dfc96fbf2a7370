package vn.motcua.config;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What kind of run this is: the zero-configuration demo on the embedded database, a run on a real database,
 * or the production profile. Decides what is safe to switch on: the Zalo sandbox (its chat simulator, its
 * message log, the sandbox sign-in) is for the demo, or for a pilot an operator allows explicitly, never for
 * production.
 */
@ApplicationScoped
public class RunMode {
    /** System property set by the launcher when this process started the embedded PostgreSQL. */
    public static final String EMBEDDED_DATABASE_PROPERTY = "vn.motcua.embedded-database";
    private final MotCuaConfig config;

    public RunMode(MotCuaConfig config) {
        this.config = config;
    }

    public boolean embeddedDatabase() {
        return Boolean.getBoolean(EMBEDDED_DATABASE_PROPERTY);
    }

    /** The production profile: stricter checks, and no sandbox whatever is configured. */
    public boolean production() {
        return config.strict();
    }

    /** The sandbox may run: on the embedded demo database, or where an operator allows a pilot; never in production. */
    public boolean sandboxAllowed() {
        return !production() && (embeddedDatabase() || config.sandbox().enabled().orElse(false));
    }
}
