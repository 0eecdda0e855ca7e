package org.loyaltyhub.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves the rules before they are trusted: each must catch its offender in {@code archfixture.bad} and
 * let {@code archfixture.good} pass. A rule that cannot fail would keep ArchitectureTest green forever.
 */
class HexagonRulesSelfCheckTest {

    // The fixtures are test classes themselves, so they are imported without DoNotIncludeTests.
    private static final JavaClasses BAD = new ClassFileImporter().importPackages("archfixture.bad");
    private static final JavaClasses GOOD = new ClassFileImporter().importPackages("archfixture.good");

    private static final HexagonRules BAD_RULES = HexagonRules.forRoot("archfixture.bad");
    private static final HexagonRules GOOD_RULES = HexagonRules.forRoot("archfixture.good");

    /** Each rule with the class in the bad tree that must appear in its report. */
    private static final List<BadExample> BAD_EXAMPLES = List.of(
            new BadExample(HexagonRules::dependenciesPointInward,
                    "archfixture.bad.domain.customer.OutwardLookingCustomer"),
            new BadExample(HexagonRules::adaptersDoNotTouchApplicationServices,
                    "archfixture.bad.adapter.rest.ServiceCallingController"),
            new BadExample(HexagonRules::adaptersDoNotDependOnEachOther,
                    "archfixture.bad.adapter.rest.PersistenceCallingController"),
            new BadExample(HexagonRules::inPortsAndOutPortsDoNotDependOnEachOther,
                    "archfixture.bad.application.port.out.QueryAwarePort"),
            new BadExample(HexagonRules::domainDependsOnlyOnJava,
                    "archfixture.bad.domain.customer.DataSourceCustomer"),
            new BadExample(HexagonRules::applicationDependsOnlyOnJavaAndDomain,
                    "archfixture.bad.application.service.DataSourceService"),
            new BadExample(HexagonRules::domainAndApplicationUseNoFramework,
                    "archfixture.bad.domain.customer.IntrospectedCustomer"),
            new BadExample(HexagonRules::packagesAreFreeOfCycles,
                    "archfixture.bad.domain.order.Order"),
            new BadExample(HexagonRules::rowsRepositoriesAndMappersAreNotPublic,
                    "archfixture.bad.adapter.persistence.PublicCustomerRow"),
            new BadExample(HexagonRules::inPortInterfacesAreNamedUseCase,
                    "archfixture.bad.application.port.in.CustomerFinder"),
            new BadExample(HexagonRules::useCasesAreInterfacesInPortIn,
                    "archfixture.bad.application.service.RenameCustomerUseCase"),
            new BadExample(HexagonRules::useCaseImplementationsAreServicesInApplicationService,
                    "archfixture.bad.adapter.rest.SelfServingController"));

    record BadExample(Function<HexagonRules, ArchRule> rule, String offender) {
        @Override
        public String toString() {
            return rule.apply(BAD_RULES).getDescription();
        }
    }

    static Stream<BadExample> badExamples() {
        return BAD_EXAMPLES.stream();
    }

    static Stream<Named<ArchRule>> goodRules() {
        return GOOD_RULES.all().stream().map(rule -> Named.of(rule.getDescription(), rule));
    }

    @ParameterizedTest(name = "catches: {0}")
    @MethodSource("badExamples")
    void eachRuleReportsItsOffenderInTheBadTree(BadExample example) {
        EvaluationResult result = example.rule().apply(BAD_RULES).evaluate(BAD);

        assertThat(result.hasViolation()).as("violated").isTrue();
        assertThat(result.getFailureReport().getDetails())
                .as("the report names the offender")
                .anySatisfy(detail -> assertThat(detail).contains(example.offender()));
    }

    @ParameterizedTest(name = "allows: {0}")
    @MethodSource("goodRules")
    void eachRulePassesTheGoodTree(ArchRule rule) {
        rule.check(GOOD);
    }

    @Test
    void everyRuleHasABadExample() {
        assertThat(BAD_EXAMPLES.stream().map(BadExample::toString).collect(Collectors.toList()))
                .containsExactlyInAnyOrderElementsOf(
                        BAD_RULES.all().stream().map(ArchRule::getDescription).collect(Collectors.toList()));
    }

    @Test
    void theFixtureTreesWereImported() {
        // an empty import would make the bad examples fail, but the good ones would pass for nothing
        assertThat(GOOD.size()).isGreaterThan(10);
        assertThat(BAD.size()).isGreaterThan(10);
    }
}
