package vn.motcua.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

/**
 * The demo's settings. They keep their historical names directly under {@code motcua} (operators' scripts set
 * {@code motcua.demo-data}), so this mapping shares the prefix with {@code config.MotCuaConfig}: each mapping
 * reads only its own properties.
 */
@ConfigMapping(prefix = "motcua")
public interface DemoSettings {

    /** Load the Bình Thuận demo data set on start (default true only when the embedded database runs). */
    @WithName("demo-data")
    Optional<Boolean> demoData();

    /** How many synthetic dossiers the demo adds besides the memorable ones. */
    @WithName("demo-dossiers")
    @WithDefault("300")
    int demoDossiers();
}
