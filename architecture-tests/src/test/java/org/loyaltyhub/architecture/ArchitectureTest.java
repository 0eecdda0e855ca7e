package org.loyaltyhub.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every rule of {@link HexagonRules} against the production classes of all modules. They come from
 * the classpath (the module jars, through the test dependency on bootstrap); jars are not excluded, test
 * classes are. The fixtures live under {@code archfixture}, outside the root, so they are never imported.
 */
class ArchitectureTest {

    private static final String ROOT = "org.loyaltyhub";
    private static final HexagonRules RULES = HexagonRules.forRoot(ROOT);

    private static JavaClasses classes;

    @BeforeAll
    static void importAllModules() {
        classes = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(ROOT);
    }

    static Stream<Named<ArchRule>> rules() {
        return RULES.all().stream().map(rule -> Named.of(rule.getDescription(), rule));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theModulesFollowTheRule(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void everyModuleIsImported() {
        // Guards the rules against passing on nothing, e.g. if a module dropped off the classpath.
        Stream.of("domain", "application.port.in", "application.port.out", "application.service",
                        "adapter.rest", "adapter.persistence", "bootstrap")
                .map(module -> ROOT + "." + module + "..")
                .forEach(pkg -> assertThat(classes.that(resideInAPackage(pkg)))
                        .as("classes in " + pkg)
                        .isNotEmpty());
    }

    @Test
    void testClassesAreNotImported() {
        // These very classes are test classes; finding them would mean DoNotIncludeTests did not apply.
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    }
}
