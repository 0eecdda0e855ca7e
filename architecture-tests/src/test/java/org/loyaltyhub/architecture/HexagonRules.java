package org.loyaltyhub.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.implement;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dependency rules of ARCHITECTURE.md as ArchUnit rules, for any root package laid out like LoyaltyHub
 * ({@code <root>.domain}, {@code <root>.application.port.in|port.out|service}, {@code <root>.adapter.rest},
 * {@code <root>.adapter.persistence}, {@code <root>.bootstrap}).
 *
 * <p>The root is a parameter so the same rules can be proven on small fixture trees (one wrong, one right)
 * before they are trusted on the real code: a rule that never fails proves nothing.
 *
 * <p>Framework types are named as strings, never as classes, so the rules compile without Micronaut or
 * MapStruct on the classpath.
 */
public final class HexagonRules {

    /** What the domain may use besides itself. Explicit on purpose: every entry is a decision. */
    static final List<String> DOMAIN_MAY_USE = List.of(
            "java..",
            // PasswordHash derives keys with PBKDF2 (SecretKeyFactory, PBEKeySpec); part of the JDK.
            "javax.crypto..");

    /** Frameworks that belong in the adapters and bootstrap, never in the middle (convention 3). */
    static final List<String> FRAMEWORK_PACKAGES = List.of(
            "io.micronaut..",
            "jakarta..",
            // the old JSR-330 home of @Inject/@Singleton: MapStruct's "jsr330" component model picks it
            "javax.inject..",
            "org.mapstruct..");

    static final String MAPPED_ENTITY = "io.micronaut.data.annotation.MappedEntity";
    static final String JDBC_REPOSITORY = "io.micronaut.data.jdbc.annotation.JdbcRepository";
    static final String MAPSTRUCT_MAPPER = "org.mapstruct.Mapper";

    private final String root;
    private final String domain;
    private final String application;
    private final String portIn;
    private final String portOut;
    private final String service;
    private final String adapters;
    private final String restAdapter;
    private final String persistenceAdapter;
    private final String bootstrap;

    private HexagonRules(String root) {
        this.root = root;
        this.domain = root + ".domain..";
        this.application = root + ".application..";
        this.portIn = root + ".application.port.in..";
        this.portOut = root + ".application.port.out..";
        this.service = root + ".application.service..";
        this.adapters = root + ".adapter..";
        this.restAdapter = root + ".adapter.rest..";
        this.persistenceAdapter = root + ".adapter.persistence..";
        this.bootstrap = root + ".bootstrap..";
    }

    /** The rules for the modules under {@code root}, e.g. {@code "org.loyaltyhub"}. */
    public static HexagonRules forRoot(String root) {
        if (root == null || root.isBlank() || root.endsWith(".")) {
            throw new IllegalArgumentException("root must be a package name such as org.loyaltyhub, was: " + root);
        }
        return new HexagonRules(root);
    }

    public String root() {
        return root;
    }

    /** Every rule, in the order of ARCHITECTURE.md. A new rule must be added here and to the self-check. */
    public List<ArchRule> all() {
        return List.of(
                dependenciesPointInward(),
                adaptersDoNotTouchApplicationServices(),
                adaptersDoNotDependOnEachOther(),
                inPortsAndOutPortsDoNotDependOnEachOther(),
                domainDependsOnlyOnJava(),
                applicationDependsOnlyOnJavaAndDomain(),
                domainAndApplicationUseNoFramework(),
                packagesAreFreeOfCycles(),
                rowsRepositoriesAndMappersAreNotPublic(),
                inPortInterfacesAreNamedUseCase(),
                useCasesAreInterfacesInPortIn(),
                useCaseImplementationsAreServicesInApplicationService());
    }

    public ArchRule dependenciesPointInward() {
        return onionArchitecture()
                .domainModels(domain)
                .applicationServices(application)
                .adapter("rest", restAdapter)
                .adapter("persistence", persistenceAdapter)
                // bootstrap sees everything by design; outside every ring, it would count as a violation.
                .ignoreDependency(resideInAPackage(bootstrap), alwaysTrue())
                // there is no domain-service ring; an empty ring must not fail the rule. ArchitectureTest
                // checks separately that every module was imported, so this cannot hide an empty import.
                .withOptionalLayers(true)
                .as("dependencies point inward: adapters to application to domain (bootstrap wires them and is exempt)");
    }

    public ArchRule adaptersDoNotTouchApplicationServices() {
        return noClasses().that().resideInAPackage(adapters)
                .should().dependOnClassesThat().resideInAPackage(service)
                .as("adapters do not touch application services")
                .because("they drive and serve the application through its ports only");
    }

    public ArchRule adaptersDoNotDependOnEachOther() {
        return slices().matching(root + ".adapter.(*)..")
                .should().notDependOnEachOther()
                .as("no adapter depends on another adapter")
                .because("each adapter talks to the application only, so one can be replaced without the other");
    }

    public ArchRule inPortsAndOutPortsDoNotDependOnEachOther() {
        return slices().matching(root + ".application.port.(*)..")
                .should().notDependOnEachOther()
                .as("in-ports and out-ports do not depend on each other")
                .because("what the application offers and what it needs change for different reasons");
    }

    public ArchRule domainDependsOnlyOnJava() {
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage(with(domain, DOMAIN_MAY_USE))
                .as("the domain depends only on itself and the JDK (" + String.join(", ", DOMAIN_MAY_USE) + ")")
                .because("the loyalty rules are pure Java: no framework, no I/O");
    }

    public ArchRule applicationDependsOnlyOnJavaAndDomain() {
        return classes().that().resideInAPackage(application)
                .should().onlyDependOnClassesThat().resideInAnyPackage(application, domain, "java..")
                .as("the application depends only on itself, the domain and java..")
                .because("use cases are pure Java; whatever they need from outside is an out-port");
    }

    public ArchRule domainAndApplicationUseNoFramework() {
        return noClasses().that().resideInAnyPackage(domain, application)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES.toArray(String[]::new))
                .as("the domain and the application use no Micronaut, Jakarta or MapStruct type or annotation")
                .because("bootstrap creates the services in a @Factory; the middle of the hexagon stays framework-free");
    }

    public ArchRule packagesAreFreeOfCycles() {
        // one slice per package: finer than one per module, so a cycle between two sub-packages of the
        // same module is found too (cycles between modules cannot compile in Maven anyway).
        return slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .as("packages within each module are free of cycles");
    }

    public ArchRule rowsRepositoriesAndMappersAreNotPublic() {
        DescribedPredicate<CanBeAnnotated> rowRepositoryOrMapper = annotatedWith(MAPPED_ENTITY)
                .or(annotatedWith(JDBC_REPOSITORY))
                .or(annotatedWith(MAPSTRUCT_MAPPER))
                .as("annotated with @MappedEntity, @JdbcRepository or @Mapper");
        return classes().that(resideInAPackage(root + "..").and(rowRepositoryOrMapper))
                .should().notBePublic()
                .as("rows, repositories and mappers are not public")
                .because("adapters keep their insides private; only port implementations and controllers are public beans");
    }

    public ArchRule inPortInterfacesAreNamedUseCase() {
        return classes().that().resideInAPackage(portIn).and().areInterfaces().and(not(sealed()))
                .should().haveSimpleNameEndingWith("UseCase")
                .as("interfaces in port.in are use cases named *UseCase")
                .because("an in-port is named for the use case it offers; its queries and results are data"
                        + " (records, enums, sealed interfaces, which only their own package can implement)");
    }

    public ArchRule useCasesAreInterfacesInPortIn() {
        return classes().that().haveSimpleNameEndingWith("UseCase").and().resideInAPackage(root + "..")
                .should().beInterfaces().andShould().resideInAPackage(portIn)
                .as("use cases are interfaces in port.in");
    }

    public ArchRule useCaseImplementationsAreServicesInApplicationService() {
        DescribedPredicate<JavaClass> useCase = resideInAPackage(portIn).and(INTERFACES)
                .and(simpleNameEndingWith("UseCase")).as("a use case");
        return classes()
                .that(resideInAPackage(root + "..").and(implement(useCase)).and(not(generatedByMicronaut())))
                .should().resideInAPackage(service).andShould().haveSimpleNameEndingWith("Service")
                .as("use cases are implemented by *Service classes in application.service");
    }

    /**
     * Classes Micronaut writes at compile time ({@code $Foo$Definition}, {@code $Foo$Intercepted}, ...). An
     * AOP proxy for a {@code @Transactional} factory method implements the use case it wraps; it is
     * generated wiring, not a service written in the wrong place.
     */
    private static DescribedPredicate<HasName> generatedByMicronaut() {
        return nameMatching(".*\\.\\$[^.]*").as("generated by Micronaut");
    }

    /**
     * A sealed interface can only be implemented inside its own package, so in port.in it is a data type
     * (a sum of records, like an import's history events), never an in-port that a service implements.
     * ArchUnit does not read PermittedSubclasses, so this asks the loaded class.
     */
    private static DescribedPredicate<JavaClass> sealed() {
        return DescribedPredicate.describe("sealed", javaClass -> javaClass.reflect().isSealed());
    }

    private static String[] with(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toArray(String[]::new);
    }
}
