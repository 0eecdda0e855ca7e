package org.loyaltyhub.bootstrap.system.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.adapter.persistence.StatementCounter;

/**
 * The number of SQL statements one {@code customer/get} makes does not grow with the number of
 * identifiers, bills or coupons: a batch of 50 customers (seed/fifty-customers.json: each with four
 * bills, a promotion, two coupons, a redemption, a card and fields) with every section on costs exactly
 * what a batch of one costs, and stays under a fixed bound.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SetBasedReadsSystemTest implements TestPropertyProvider {
    /**
     * Org configuration (org, programs, slabs, criteria, earn rates, stores, tills, coupon series: 8),
     * customers with cards, custom and extended fields and notes (5), their subscriptions, NDNC status,
     * segments, group and image (1), ledger (1), slab history (1), bills:
     * net totals, the filtered recent ones and the whole history for gaps and trackers (3), their tenders
     * and credit notes (2), coupons and their redemptions (2).
     */
    private static final int BOUND = 23;
    private static final String EVERY_SECTION = "&user_id=true&next_slab=true&slab_history=true&ndnc_status=true"
            + "&optin_status=true&expiry_schedule=true&expired_points=true&points_summary=true&promotion_points=true"
            + "&membership_retention_criteria=true&tier_upgrade_criteria=true&mlp=true&user_group=true"
            + "&customer_image=true&subscriptions=true&segments=true&card_details=true&tracker_info=true"
            + "&delayed_accrual=true&program_summary=true&member_care_access=true&gap_to_upgrade_for=10"
            + "&gap_to_renew_for=10&type=ALL&tenders=true&credit_notes=true&coupon_status=unredeemed"
            + "&coupon_order_by=valid_till";

    @Inject
    EmbeddedServer server;

    @Inject
    StatementCounter counter;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = ContractServer.properties("classpath:seed/fifty-customers.json");
        p.put("loyaltyhub.test.count-statements", "true");
        return p;
    }

    private List<String> statementsFor(int customers) throws Exception {
        String mobiles = IntStream.rangeClosed(1, customers).mapToObj(i -> String.format("4471000000%02d", i))
                .collect(Collectors.joining(","));
        // The first call of a user checks the password hash; later calls are remembered and read no table.
        ContractServer.get(server.getURL().toString(), "mobile=" + mobiles);
        counter.reset();
        HttpResponse<String> response = ContractServer.get(server.getURL().toString(), "mobile=" + mobiles + EVERY_SECTION);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode found = ContractServer.json(response).path("response").path("customers").path("customer");
        assertThat(found.size()).isEqualTo(customers);
        assertThat(found.get(customers - 1).path("transactions").path("transaction").size()).isEqualTo(4);
        assertThat(found.get(customers - 1).path("coupons").path("coupon").size()).isEqualTo(1);
        return counter.statementsExecuted();
    }

    @Test
    void fiftyCustomersWithEverySectionCostWhatOneCosts() throws Exception {
        List<String> one = statementsFor(1);
        List<String> fifty = statementsFor(50);

        assertThat(fifty).hasSize(one.size());
        assertThat(fifty.size()).as(String.join("\n", fifty)).isLessThanOrEqualTo(BOUND);
        assertThat(counter.connectionsTaken()).isEqualTo(1);
    }
}
