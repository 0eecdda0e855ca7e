package org.loyaltyhub.bootstrap.system.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.GINA;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.TARA;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.TOM;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.customer;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.texts;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code gap_to_upgrade_for=N} and {@code gap_to_renew_for=N} over HTTP on seed/contract-org.json
 * (program 41: points expire after 100 days; Silver needs 1000 current points OR 5000 spent in 30 days;
 * Gold needs 100000 in total and renews on 50000 spent AND 2 visits within 6 months).
 *
 * <p>Gina (Base) holds, today 2026-11-25: G1 300 points expiring 2026-12-04, G2 190 expiring 2026-12-06,
 * a promotion of 50 expiring 2027-01-09, G4 150 expiring 2027-02-09, G3 100 expiring 2027-02-28 (790
 * spendable) and 70 delayed until 2026-12-10. Her 30-day tracker holds G4 (1500 on 11-01) and G3 (1000 on
 * 11-20).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GapSystemTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ContractServer.properties(ContractServer.CONTRACT_SEED);
    }

    private JsonNode firstSummary(String mobile, String options) throws Exception {
        JsonNode c = customer(server.getURL().toString(), "mobile=" + mobile + "&mlp=true&program_id=41&" + options);
        return c.path("points_summaries").path("points_summary").get(0);
    }

    @Test
    void upgradeGapToday() throws Exception {
        JsonNode strategies = firstSummary(GINA, "gap_to_upgrade_for=0").path("gap_to_upgrade").path("upgrade_strategy");

        assertThat(texts(strategies, "upgrade_based_on"))
                .containsExactly("CURRENT_POINTS", "TRACKER_VALUE_BASED");
        JsonNode points = strategies.get(0);
        assertThat(points.path("upgrade_threshold").asText()).isEqualTo("1000");
        assertThat(points.path("upgrade_entity_identifers").isObject()).isTrue();
        assertThat(points.path("customer_upgrade_entity_values").path("current_value").asText()).isEqualTo("790");
        assertThat(points.path("customer_upgrade_entity_values").path("gap_to_upgrade").asText()).isEqualTo("210");
        // the soonest lot of what she holds, G1, lapses after 2026-12-04
        assertThat(points.path("customer_upgrade_entity_values").path("value_valid_upto").asText())
                .isEqualTo("2026-12-04");
        JsonNode tracker = strategies.get(1).path("customer_upgrade_entity_values");
        assertThat(tracker.path("current_value").asText()).isEqualTo("2500");
        assertThat(tracker.path("gap_to_upgrade").asText()).isEqualTo("2500");
        // G4 of 2026-11-01 leaves the 30-day window after 2026-11-30
        assertThat(tracker.path("value_valid_upto").asText()).isEqualTo("2026-11-30");
    }

    @Test
    void upgradeGapTenDaysAheadDropsWhatExpiresOrLeavesTheWindowBeforeThen() throws Exception {
        JsonNode strategies = firstSummary(GINA, "gap_to_upgrade_for=10").path("gap_to_upgrade").path("upgrade_strategy");

        // On 2026-12-05: G1 (expires 12-04) no longer counts, G2 (expires 12-06) still does; the delayed
        // 70 are not spendable before 12-10.
        JsonNode points = strategies.get(0).path("customer_upgrade_entity_values");
        assertThat(points.path("current_value").asText()).isEqualTo("490");
        assertThat(points.path("gap_to_upgrade").asText()).isEqualTo("510");
        assertThat(points.path("value_valid_upto").asText()).isEqualTo("2026-12-06");
        // The window 11-06..12-05 has lost G4 and keeps G3 (1000, leaving after 12-19).
        JsonNode tracker = strategies.get(1).path("customer_upgrade_entity_values");
        assertThat(tracker.path("current_value").asText()).isEqualTo("1000");
        assertThat(tracker.path("gap_to_upgrade").asText()).isEqualTo("4000");
        assertThat(tracker.path("value_valid_upto").asText()).isEqualTo("2026-12-19");
    }

    @Test
    void entrySlabHasNoRenewalAndWarns91011() throws Exception {
        JsonNode c = customer(server.getURL().toString(), "mobile=" + GINA + "&mlp=true&gap_to_renew_for=30");
        JsonNode summary = c.path("points_summaries").path("points_summary").get(0);

        assertThat(summary.has("gap_to_renew")).isFalse();
        assertThat(texts(c.path("item_status").path("warnings"), "warning", "code")).containsExactly("91011");
        assertThat(c.path("item_status").path("code").asText()).isEqualTo("1000");
    }

    @Test
    void renewalGapOfASilverCustomerWhoseRenewalIsConfirmed() throws Exception {
        JsonNode summary = firstSummary(TARA, "gap_to_renew_for=30&gap_to_upgrade_for=0");

        JsonNode renew = summary.path("gap_to_renew");
        assertThat(renew.path("tier_expiry_date").asText()).isEqualTo("2027-11-09");
        assertThat(renew.path("renew_confirmed").asText()).isEqualTo("true");
        JsonNode purchase = renew.path("renew_strategy").get(0);
        assertThat(purchase.path("renew_based_on").asText()).isEqualTo("PURCHASE");
        assertThat(purchase.path("renew_threshold").asText()).isEqualTo("3000");
        assertThat(purchase.path("customer_renew_entity_value").asText()).isEqualTo("5500");
        assertThat(purchase.path("customer_gap_to_renew_value").asText()).isEqualTo("0");
        JsonNode gold = summary.path("gap_to_upgrade").path("upgrade_strategy").get(0);
        assertThat(gold.path("upgrade_based_on").asText()).isEqualTo("CUMULATIVE_PURCHASES");
        assertThat(gold.path("customer_upgrade_entity_values").path("current_value").asText()).isEqualTo("15500");
        assertThat(gold.path("customer_upgrade_entity_values").path("gap_to_upgrade").asText()).isEqualTo("84500");
    }

    @Test
    void highestSlabHasNoUpgradeGapWarns91012AndRenewalIsNotConfirmedWhileOneCriterionMisses() throws Exception {
        JsonNode c = customer(server.getURL().toString(),
                "mobile=" + TOM + "&mlp=true&program_id=41&gap_to_upgrade_for=0&gap_to_renew_for=0");
        JsonNode summary = c.path("points_summaries").path("points_summary").get(0);

        assertThat(summary.has("gap_to_upgrade")).isFalse();
        assertThat(texts(c.path("item_status").path("warnings"), "warning", "code")).containsExactly("91012");
        assertThat(c.path("item_status").path("warnings").path("warning").get(0).path("message").asText())
                .isEqualTo("Customer is already in the highest slab.");
        JsonNode renew = summary.path("gap_to_renew");
        assertThat(renew.path("renew_confirmed").asText()).isEqualTo("false");
        assertThat(texts(renew, "renew_strategy", "renew_based_on")).containsExactly("PURCHASE", "VISITS");
        assertThat(texts(renew, "renew_strategy", "customer_gap_to_renew_value")).containsExactly("0", "1");
    }

    @Test
    void gapsNeedMlp() throws Exception {
        JsonNode c = customer(server.getURL().toString(), "mobile=" + TOM + "&gap_to_upgrade_for=0");

        assertThat(c.path("points_summaries").path("points_summary").isEmpty()).isTrue();
        assertThat(c.path("item_status").path("warnings").path("warning").isEmpty()).isTrue();
    }
}
