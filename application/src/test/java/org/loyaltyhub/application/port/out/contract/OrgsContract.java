package org.loyaltyhub.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;

/** What every {@link Orgs} promises. */
public abstract class OrgsContract {

    protected abstract Orgs orgs();

    @Test
    void findReturnsEverythingTheOrgWasAddedWith() {
        OrgSetup setup = ContractFixtures.fullOrgSetup();
        orgs().add(setup);

        Optional<OrgSetup> found = orgs().find(setup.org().id());

        assertThat(found).isPresent();
        // Decimals compare by value: a store may give 1.5 back as 1.500000.
        assertThat(found.get())
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(setup);
    }

    @Test
    void listsKeepTheOrderTheyWereGivenIn() {
        OrgSetup setup = ContractFixtures.fullOrgSetup();
        orgs().add(setup);

        OrgSetup found = orgs().find(setup.org().id()).orElseThrow();

        assertThat(found.stores()).extracting(s -> s.code()).containsExactly("S1", "S2");
        assertThat(found.tills()).extracting(t -> t.code()).containsExactly("S1-T1", "S1-T2", "S2-T1");
        assertThat(found.programs()).extracting(Program::title).containsExactly("Partner Miles", "Main Rewards");
        assertThat(found.couponSeries()).extracting(s -> s.discountCode()).containsExactly("SHOES10", "FIVE");
    }

    @Test
    void keepsTheDetailsOfProgramsAndSlabs() {
        OrgSetup setup = ContractFixtures.fullOrgSetup();
        orgs().add(setup);

        Program main = orgs().find(setup.org().id()).orElseThrow().defaultProgram();

        assertThat(main.title()).isEqualTo("Main Rewards");
        assertThat(main.pointsToCurrencyRatio()).isEqualByComparingTo("0.25");
        assertThat(main.earningRule().rateFor(1)).isEqualByComparingTo("1");
        assertThat(main.earningRule().rateFor(3)).isEqualByComparingTo("2.125");
        assertThat(main.expiryRule().amount()).isEqualTo(12);
        assertThat(main.slabs()).extracting(s -> s.name()).containsExactly("Blue", "Silver", "Gold");
        assertThat(main.slab(2).validityMonths()).isEqualTo(12);
        assertThat(main.slab(2).upgradeRule().criteria().get(1).windowDays()).isEqualTo(90);
        assertThat(main.slab(2).upgradeRule().criteria().get(1).threshold()).isEqualByComparingTo("5000.5");
        assertThat(main.slab(2).renewalRule().combination().name()).isEqualTo("ALL");
        assertThat(main.slab(3).upgradeRule().criteria().get(0).threshold()).isEqualByComparingTo("100000.125");
    }

    @Test
    void aMinimalOrgRoundTripsWithItsDefaults() {
        OrgSetup setup = ContractFixtures.minimalOrgSetup();
        orgs().add(setup);

        OrgSetup found = orgs().find(setup.org().id()).orElseThrow();

        assertThat(found)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(setup);
        assertThat(found.org().timeZone().getId()).isEqualTo("Asia/Kolkata");
        assertThat(found.couponSeries()).isEmpty();
    }

    @Test
    void orgsAreKeptApart() {
        OrgSetup first = ContractFixtures.fullOrgSetup();
        OrgSetup second = ContractFixtures.minimalOrgSetup();
        orgs().add(first);
        orgs().add(second);

        OrgSetup foundSecond = orgs().find(second.org().id()).orElseThrow();

        assertThat(foundSecond.org().name()).isEqualTo(second.org().name());
        assertThat(foundSecond.stores()).hasSize(1);
        assertThat(foundSecond.tills()).hasSize(1);
        assertThat(foundSecond.programs()).extracting(Program::id)
                .containsExactly(second.defaultProgram().id());
        assertThat(foundSecond.program(first.defaultProgram().id())).isEmpty();
        assertThat(foundSecond.couponSeries()).isEmpty();
    }

    @Test
    void anUnknownOrgIsNotFound() {
        assertThat(orgs().find(new OrgId(ContractFixtures.uniqueId()))).isEmpty();
    }

    @Test
    void isNotEmptyOnceAnOrgIsStored() {
        orgs().add(ContractFixtures.minimalOrgSetup());

        assertThat(orgs().isEmpty()).isFalse();
    }

    @Test
    void programsAreFoundById() {
        OrgSetup setup = ContractFixtures.fullOrgSetup();
        orgs().add(setup);
        ProgramId partner = setup.programs().get(0).id();

        OrgSetup found = orgs().find(setup.org().id()).orElseThrow();

        assertThat(found.program(partner)).map(Program::title).contains("Partner Miles");
        assertThat(found.program(partner).orElseThrow().isDefault()).isFalse();
        assertThat(found.defaultProgram().id()).isEqualTo(setup.defaultProgram().id());
    }

    @Test
    void extendedFieldLabelsRoundTripPerLanguage() {
        OrgSetup plain = ContractFixtures.fullOrgSetup();
        OrgSetup setup = new OrgSetup(plain.org(), plain.stores(), plain.tills(), plain.programs(), plain.couponSeries(),
                java.util.Map.of("zh", java.util.Map.of("gender", "性别", "city", "城市"), "fr", java.util.Map.of("city", "Ville")));
        orgs().add(setup);

        assertThat(orgs().fieldLabelsIn(setup.org().id(), "zh")).isEqualTo(setup.fieldLabels().get("zh"));
        assertThat(orgs().fieldLabelsIn(setup.org().id(), "fr")).containsExactly(java.util.Map.entry("city", "Ville"));
        assertThat(orgs().fieldLabelsIn(setup.org().id(), "zh-TW")).containsEntry("city", "城市");
        assertThat(orgs().fieldLabelsIn(setup.org().id(), "de")).isEmpty();
        assertThat(orgs().fieldLabelsIn(setup.org().id(), null)).isEmpty();
        assertThat(orgs().fieldLabelsIn(ContractFixtures.fullOrgSetup().org().id(), "zh")).isEmpty();
    }

    @Test
    void allIdsListsEveryStoredOrgInAscendingOrder() {
        OrgSetup first = ContractFixtures.fullOrgSetup();
        OrgSetup second = ContractFixtures.minimalOrgSetup();
        // Added in the reverse order of their ids: the order comes from the ids.
        orgs().add(second);
        orgs().add(first);

        List<OrgId> ids = orgs().allIds();

        assertThat(ids).contains(first.org().id(), second.org().id());
        assertThat(ids).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.comparingLong(OrgId::value));
        assertThat(ids.indexOf(first.org().id())).isLessThan(ids.indexOf(second.org().id()));
    }
}
