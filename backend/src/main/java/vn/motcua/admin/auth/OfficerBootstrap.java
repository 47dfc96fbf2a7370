package vn.motcua.admin.auth;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The first administrator comes from configuration (later ones are created in the admin); the demo adds
 * the README's two accounts.
 */
@ApplicationScoped
public class OfficerBootstrap {
    public static final String DEMO_PASSWORD = "MotCua@2026";
    private final OfficerRepository officers;
    private final AdminSettings config;

    public OfficerBootstrap(OfficerRepository officers, AdminSettings config) {
        this.officers = officers;
        this.config = config;
    }

    void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        bootstrapAdministrator().subscribe().with(x -> { },
                failure -> Log.error("Could not create the first administrator", failure));
    }

    /** Creates the configured administrator when no officer exists yet, in the given agency. */
    public Uni<Void> bootstrapAdministrator() {
        if (config.bootstrapUsername().isEmpty() || config.bootstrapPassword().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return officers.count().flatMap(n -> n > 0 ? Uni.createFrom().voidItem()
                : officers.ensureAgency(config.bootstrapAgencyCode())
                .flatMap(x -> hashed(config.bootstrapPassword().get())).flatMap(hash -> officers.insert(config.bootstrapUsername().get(),
                        hash, "Quản trị hệ thống", Officer.ADMINISTRATOR, config.bootstrapAgencyCode()))
                .invoke(() -> Log.infof("Created the first administrator '%s'", config.bootstrapUsername().get())));
    }

    /** The README's demo accounts: a provincial administrator and a commune officer. */
    public Uni<Void> demoOfficers() {
        return hashed(DEMO_PASSWORD).flatMap(hash -> officers.insert("quantri", hash, "Nguyễn Thị Quản Trị",
                        Officer.ADMINISTRATOR, "000.00.00.H36")
                .flatMap(x -> officers.insert("canbo.hamthuanbac", hash, "Lê Văn Cán Bộ", Officer.OFFICER,
                        "000.12.00.H36")));
    }

    private static Uni<String> hashed(String password) {
        return Uni.createFrom().item(() -> PasswordHasher.hash(password)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
