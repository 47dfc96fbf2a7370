package vn.motcua.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The architecture test's graph finds a cycle when there is one (two fixture packages that use each other). */
class PackageGraphTest {

    @Test
    void twoPackagesThatUseEachOtherAreACycle() {
        JavaClasses fixture = new ClassFileImporter().importPackages("vn.motcua.architecture.fixture");
        PackageGraph graph = PackageGraph.of(fixture, PackageGraph::relative);

        assertThat(graph.cycles()).isEqualTo(List.of(Set.of("architecture.fixture.lower", "architecture.fixture.upper")));
        assertThat(graph.uses("architecture.fixture.lower")).containsKey("architecture.fixture.upper");
    }

    @Test
    void packagesAreNamedBelowTheRootAndGroupedByFeature() {
        assertThat(PackageGraph.relative("vn.motcua.zalo.bot")).isEqualTo("zalo.bot");
        assertThat(PackageGraph.feature("vn.motcua.zalo.bot")).isEqualTo("zalo");
        assertThat(PackageGraph.feature("vn.motcua.lookup")).isEqualTo("lookup");
    }
}
