package org.loyaltyhub.bootstrap.system.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.GINA;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.TARA;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.TOM;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.texts;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every section flag of spec 1.2 over HTTP on seed/contract-org.json: the default, on, and {@code false}
 * switching a default section off. Figures: see {@link GapSystemTest} for Gina's lots; Tara was upgraded
 * to Silver on 2024-01-10, renewed on 2025-01-10, dropped to Base on 2026-01-10 and upgraded again on
 * 2026-11-10 (5500 within 30 days); her bills of 2024 (6000, 4000) earned 600 and 400 points that expired
 * on 2024-04-19 and 2024-09-09. Tom jumped to Gold with a bill of 120000 and returned 1000 of it (100
 * points taken back).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SectionFlagsSystemTest implements TestPropertyProvider {
    private static final List<String> DEFAULT_ON = List.of("registered_store", "registered_till", "fraud_details",
            "transactions", "coupons", "custom_fields", "extended_fields", "notes");
    private static final List<String> DEFAULT_OFF = List.of("user_id", "slab_history", "next_slab", "ndnc_status",
            "optin_status", "expiry_schedule", "expired_points", "points_summary", "promotion_points",
            "membership_retention_criteria", "tier_upgrade_criteria", "user_group", "customer_image", "subscriptions",
            "segments", "card_details", "tracker_info", "delayed_accrual", "programs_list", "member_care_access");

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ContractServer.properties(ContractServer.CONTRACT_SEED);
    }

    private JsonNode customer(String query) throws Exception {
        return ContractServer.customer(server.getURL().toString(), query);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void defaultsShowTheDefaultSectionsOnly() throws Exception {
        JsonNode gina = customer("mobile=" + GINA);

        assertThat(fieldNames(gina)).containsAll(DEFAULT_ON).doesNotContainAnyElementsOf(DEFAULT_OFF);
        assertThat(gina.path("points_summaries").path("points_summary").isEmpty()).isTrue();
    }

    @Test
    void falseSwitchesEachDefaultSectionOff() throws Exception {
        for (String section : DEFAULT_ON) {
            JsonNode gina = customer("mobile=" + GINA + "&" + section + "=false");
            assertThat(gina.has(section)).as(section).isFalse();
            assertThat(fieldNames(gina)).as(section).containsAll(DEFAULT_ON.stream().filter(s -> !s.equals(section)).toList());
        }
    }

    @Test
    void everyOptionalSectionAppearsWhenAskedForAndTheOrderFollowsTheSpec() throws Exception {
        StringBuilder query = new StringBuilder("mobile=" + GINA + "&mlp=true&program_summary=true");
        DEFAULT_OFF.stream().filter(s -> !s.equals("programs_list")).forEach(s -> query.append('&').append(s).append("=true"));
        JsonNode gina = customer(query.toString());

        List<String> names = fieldNames(gina);
        assertThat(names).containsAll(DEFAULT_OFF);
        assertThat(names.indexOf("user_id")).isLessThan(names.indexOf("slab_history"));
        assertThat(names.indexOf("slab_history")).isLessThan(names.indexOf("current_nps_status"));
        assertThat(names.indexOf("notes")).isLessThan(names.indexOf("programs_list"));
        assertThat(names.indexOf("programs_list")).isLessThan(names.indexOf("points_summaries"));
        assertThat(names.indexOf("points_summaries")).isLessThan(names.indexOf("next_slab"));
        assertThat(names.get(names.size() - 1)).isEqualTo("item_status");
    }

    @Test
    void userId() throws Exception {
        JsonNode gina = customer("mobile=" + GINA + "&user_id=true");
        assertThat(gina.path("user_id").isTextual()).isTrue();
        JsonNode byId = customer("id=" + gina.path("user_id").asText());
        assertThat(byId.path("mobile").asText()).isEqualTo(GINA);
    }

    @Test
    void nextSlab() throws Exception {
        JsonNode next = customer("mobile=" + GINA + "&next_slab=true").path("next_slab");
        assertThat(next.path("name").asText()).isEqualTo("Silver");
        assertThat(next.path("serial_number").asText()).isEqualTo("2");
        assertThat(next.path("program_id").asText()).isEqualTo("41");
        assertThat(customer("mobile=" + TOM + "&next_slab=true").path("next_slab").path("name").isNull()).isTrue();
    }

    @Test
    void slabHistoryNewestFirstWithUpgradeRenewalAndDowngrade() throws Exception {
        JsonNode history = customer("mobile=" + TARA + "&mlp=true&slab_history=true").path("slab_history");

        assertThat(texts(history, "history", "type")).containsExactly("UPGRADE", "DOWNGRADE", "RENEW", "UPGRADE");
        assertThat(texts(history, "history", "from")).containsExactly("Base", "Silver", "Silver", "Base");
        assertThat(texts(history, "history", "to")).containsExactly("Silver", "Base", "Silver", "Silver");
        assertThat(texts(history, "history", "changed_on")).containsExactly("2026-11-10 10:00:00",
                "2026-01-10 00:00:00", "2025-01-10 00:00:00", "2024-01-10 10:00:00");
        JsonNode latest = history.path("history").get(0);
        assertThat(latest.path("store").path("code").asText()).isEqualTo("s2");
        assertThat(latest.path("store").path("name").asText()).isEqualTo("Store Two");
        assertThat(latest.path("program_id").asText()).isEqualTo("41");
        assertThat(customer("mobile=" + TARA + "&slab_history=true").has("slab_history")).as("needs mlp").isFalse();
    }

    @Test
    void expiryScheduleSoonestFirst() throws Exception {
        JsonNode schedule = customer("mobile=" + GINA + "&expiry_schedule=true").path("expiry_schedule");

        assertThat(texts(schedule, "schedule", "expiry_date")).containsExactly("2026-12-04", "2026-12-06",
                "2027-01-09", "2027-02-09", "2027-02-28", "2027-03-20");
        assertThat(texts(schedule, "schedule", "points")).containsExactly("300", "190", "50", "150", "100", "70");
    }

    @Test
    void expiredPointsNewestFirst() throws Exception {
        JsonNode expired = customer("mobile=" + TARA + "&expired_points=true").path("expired_points");

        assertThat(texts(expired, "item", "expired_on")).containsExactly("2024-09-09", "2024-04-19");
        assertThat(texts(expired, "item", "points")).containsExactly("400", "600");
        assertThat(customer("mobile=" + GINA + "&expired_points=true").path("expired_points").path("item").isEmpty())
                .isTrue();
    }

    @Test
    void pointsSummaryTotals() throws Exception {
        JsonNode tara = customer("mobile=" + TARA + "&points_summary=true").path("points_summary");
        assertThat(tara.path("expired").asText()).isEqualTo("1000");
        assertThat(tara.path("redeemed").asText()).isEqualTo("0");
        JsonNode tom = customer("mobile=" + TOM + "&points_summary=true").path("points_summary");
        assertThat(tom.path("returned").asText()).isEqualTo("100");
        assertThat(tom.path("adjusted").asText()).isEqualTo("0");
    }

    @Test
    void promotionPoints() throws Exception {
        JsonNode promotions = customer("mobile=" + GINA + "&promotion_points=true").path("promotion_points");

        JsonNode customerLevel = promotions.path("customer").path("item");
        assertThat(texts(customerLevel, "points")).containsExactly("50", "70");
        assertThat(texts(customerLevel, "expiry_date")).containsExactly("2027-01-09", "2027-03-20");
        assertThat(customerLevel.get(0).path("issued_at").path("code").asText()).isEqualTo("s2");
        assertThat(customerLevel.get(0).path("issued_at").path("name").asText()).isEqualTo("Store Two");
        assertThat(customerLevel.get(0).path("issued_on").asText()).isEqualTo("2026-10-01 10:00:00");
        assertThat(promotions.path("transactions").path("item").isArray()).isTrue();
        assertThat(promotions.path("lineitems").path("item").isEmpty()).isTrue();
    }

    @Test
    void membershipRetentionCriteriaOfTheCurrentSlab() throws Exception {
        JsonNode tara = customer("mobile=" + TARA + "&membership_retention_criteria=true&program_id=41")
                .path("membership_retention_criteria");
        assertThat(texts(tara, "criterion", "based_on")).containsExactly("PURCHASE");
        assertThat(texts(tara, "criterion", "threshold")).containsExactly("3000");
        assertThat(texts(tara, "criterion", "slab_name")).containsExactly("Silver");
        assertThat(texts(tara, "criterion", "validity_months")).containsExactly("12");
        JsonNode tom = customer("mobile=" + TOM + "&membership_retention_criteria=true&program_id=41")
                .path("membership_retention_criteria");
        assertThat(texts(tom, "criterion", "based_on")).containsExactly("PURCHASE", "VISITS");
        assertThat(texts(tom, "criterion", "combination")).containsExactly("ALL", "ALL");
    }

    @Test
    void tierUpgradeCriteriaOfTheSlabsAbove() throws Exception {
        JsonNode gina = customer("mobile=" + GINA + "&tier_upgrade_criteria=true").path("tier_upgrade_criteria");
        assertThat(texts(gina, "criterion", "based_on"))
                .containsExactly("CURRENT_POINTS", "TRACKER_VALUE_BASED", "CUMULATIVE_PURCHASES");
        assertThat(texts(gina, "criterion", "slab_name")).containsExactly("Silver", "Silver", "Gold");
        assertThat(texts(gina, "criterion", "window_days")).containsExactly("null", "30", "null");
        assertThat(customer("mobile=" + TOM + "&tier_upgrade_criteria=true").path("tier_upgrade_criteria")
                .path("criterion").isEmpty()).isTrue();
    }

    @Test
    void cardDetails() throws Exception {
        JsonNode cards = customer("mobile=" + GINA + "&card_details=true").path("card_details");
        assertThat(texts(cards, "card", "card_number")).containsExactly("CT-CARD-1", "CT-CARD-2");
        assertThat(texts(cards, "card", "status")).containsExactly("ACTIVE", "BLOCKED");
        assertThat(cards.path("card").get(0).path("card_external_id").asText()).isEqualTo("CT-CX-1");
        assertThat(cards.path("card").get(1).path("card_external_id").isNull()).isTrue();
    }

    @Test
    void trackerInfo() throws Exception {
        JsonNode tracker = customer("mobile=" + GINA + "&tracker_info=true").path("tracker_info").path("tracker").get(0);
        assertThat(tracker.path("value").asText()).isEqualTo("2500");
        assertThat(tracker.path("threshold").asText()).isEqualTo("5000");
        assertThat(tracker.path("window_days").asText()).isEqualTo("30");
        assertThat(tracker.path("from_date").asText()).isEqualTo("2026-10-27");
        assertThat(tracker.path("to_date").asText()).isEqualTo("2026-11-25");
    }

    @Test
    void delayedAccrual() throws Exception {
        JsonNode delayed = customer("mobile=" + GINA + "&delayed_accrual=true").path("delayed_accrual").path("item");
        assertThat(texts(delayed, "points")).containsExactly("70");
        assertThat(texts(delayed, "available_from")).containsExactly("2026-12-10");
        assertThat(customer("mobile=" + TOM + "&delayed_accrual=true").path("delayed_accrual").path("item").isEmpty())
                .isTrue();
    }

    @Test
    void programSummaryListsEveryProgram() throws Exception {
        JsonNode programs = customer("mobile=" + GINA + "&program_summary=true").path("programs_list");
        assertThat(texts(programs, "program", "id")).containsExactly("41", "42");
        assertThat(texts(programs, "program", "is_default")).containsExactly("true", "false");
        JsonNode main = programs.path("program").get(0).path("program_summary");
        assertThat(main.path("loyalty_points").asText()).isEqualTo("790");
        assertThat(main.path("current_slab").asText()).isEqualTo("Base");
        assertThat(main.path("next_slab").asText()).isEqualTo("Silver");
    }

    @Test
    void programIdLimitsLoyaltyDataToOneProgram() throws Exception {
        JsonNode club = customer("mobile=" + GINA + "&mlp=true&program_id=42&expiry_schedule=true");
        assertThat(texts(club.path("points_summaries"), "points_summary", "programId")).containsExactly("42");
        assertThat(club.path("current_slab").asText()).isEqualTo("Member");
        assertThat(club.path("loyalty_points").decimalValue()).isZero();
        assertThat(club.path("expiry_schedule").path("schedule").isEmpty()).isTrue();
        JsonNode both = customer("mobile=" + GINA + "&mlp=true");
        assertThat(texts(both.path("points_summaries"), "points_summary", "programId")).containsExactly("41", "42");
        assertThat(both.path("loyalty_points").decimalValue()).isEqualByComparingTo("790");
    }

    @Test
    void subscriptionsOptinNdncSegmentsUserGroupAndImageFromTheProfile() throws Exception {
        JsonNode gina = customer("mobile=" + GINA + "&ndnc_status=true&optin_status=true&user_group=true"
                + "&customer_image=true&subscriptions=true&segments=true");
        JsonNode subscriptions = gina.path("subscriptions");
        assertThat(texts(subscriptions, "subscription", "channel")).containsExactly("SMS", "SMS", "EMAIL");
        assertThat(texts(subscriptions, "subscription", "priority")).containsExactly("TRANS", "BULK", "BULK");
        assertThat(texts(subscriptions, "subscription", "status")).containsExactly("OPTIN", "OPTOUT", "OPTIN");
        assertThat(texts(gina.path("optin_status"), "channel", "name")).containsExactly("SMS", "EMAIL");
        assertThat(texts(gina.path("optin_status"), "channel", "status")).containsExactly("OPTIN", "OPTIN");
        assertThat(gina.path("ndnc_status").path("status").asText()).isEqualTo("NOT_DND");
        assertThat(texts(gina.path("segments"), "segment", "name")).containsExactly("value_tier", "lifecycle");
        assertThat(texts(gina.path("segments"), "segment", "value")).containsExactly("high", "active");
        assertThat(texts(gina.path("user_group"), "group", "name")).containsExactly("Gap family");
        assertThat(gina.path("customer_image").path("url").asText()).isEqualTo("https://img.example.com/gina.png");
    }

    @Test
    void aProfileWithoutThoseItemsGivesEmptyContainers() throws Exception {
        JsonNode tom = customer("mobile=" + TOM + "&ndnc_status=true&optin_status=true&user_group=true"
                + "&customer_image=true&subscriptions=true&segments=true&member_care_access=true");
        assertThat(tom.path("ndnc_status").path("status").asText()).isEqualTo("NOT_CHECKED");
        assertThat(tom.path("optin_status").path("channel").isEmpty()).isTrue();
        assertThat(tom.path("user_group").path("group").isEmpty()).isTrue();
        assertThat(tom.path("customer_image").path("url").isNull()).isTrue();
        assertThat(tom.path("subscriptions").path("subscription").isEmpty()).isTrue();
        assertThat(tom.path("segments").path("segment").isEmpty()).isTrue();
        assertThat(tom.path("member_care_access").path("access").isEmpty()).isTrue();
    }

    @Test
    void basicLeavesTheHeavySectionsOutUnlessNamed() throws Exception {
        JsonNode basic = customer("mobile=" + GINA + "&basic=true");
        assertThat(basic.has("transactions")).isFalse();
        assertThat(basic.has("coupons")).isFalse();
        assertThat(basic.has("notes")).isFalse();
        assertThat(basic.has("custom_fields")).isFalse();
        assertThat(basic.has("extended_fields")).isFalse();
        assertThat(basic.path("loyalty_points").decimalValue()).isEqualByComparingTo("790");
        assertThat(basic.has("registered_store")).isTrue();
        assertThat(customer("mobile=" + GINA + "&basic=true&coupons=true").has("coupons")).isTrue();
    }

    @Test
    void languageHeaderLabelsExtendedFieldsWhereTheOrgHasATranslation() throws Exception {
        JsonNode zh = extendedFields("zh");
        assertThat(texts(zh, "field", "name")).containsExactly("gender", "city", "dob");
        assertThat(texts(zh, "field", "value")).containsExactly("Female", "Leeds", "1991-02-03");
        assertThat(zh.path("field").get(0).path("label").asText()).isEqualTo("性别");
        assertThat(zh.path("field").get(1).path("label").asText()).isEqualTo("城市");
        assertThat(zh.path("field").get(2).has("label")).as("no translation of dob").isFalse();
        assertThat(extendedFields("zh-CN").path("field").get(1).path("label").asText()).isEqualTo("城市");
        JsonNode fr = extendedFields("fr");
        assertThat(fr.path("field").get(0).has("label")).isFalse();
        assertThat(fr.path("field").get(1).path("label").asText()).isEqualTo("Ville");
        assertThat(extendedFields("de").path("field").get(0).has("label")).isFalse();
        assertThat(extendedFields(null).path("field").get(1).has("label")).isFalse();
    }

    private JsonNode extendedFields(String language) throws Exception {
        java.net.http.HttpResponse<String> response = language == null
                ? ContractServer.get(server.getURL().toString(), "mobile=" + GINA)
                : ContractServer.get(server.getURL().toString(), "mobile=" + GINA, "language", language);
        assertThat(response.statusCode()).isEqualTo(200);
        return ContractServer.json(response).path("response").path("customers").path("customer").get(0)
                .path("extended_fields");
    }
}
