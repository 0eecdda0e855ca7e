package org.loyaltyhub.bootstrap.system.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.GINA;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.TOM;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.texts;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Transaction filters (spec 1.3) and coupon options (spec 1.4) over HTTP on seed/contract-org.json.
 * Tom's bills: B1 REGULAR 120000 at s1/ct.t1 on 2026-11-01 (paid 100000 by CARD, 20000 in CASH), R1 RETURN
 * 1000 of B1 at s1/ct.t1 on 11-05 (credit note CN-1 of 1000),
 * N1 NOT_INTERESTED 300 at s2/ct.t2 on 11-06. Gina's coupons, in issuance order: C-EXPIRED (series 8003,
 * ten days from 10-01, by ct.t1), C-REDEEMED (8003, 11-01 by ct.t2, used), C-ACTIVE-1 (8001, restricted to
 * store s1, 11-20 by ct.t1), C-ACTIVE-2 (8002, restricted to till ct.t2, valid till 2026-12-31, 11-22 by
 * ct.t2, used once of twice).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactionAndCouponOptionsSystemTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ContractServer.properties(ContractServer.CONTRACT_SEED);
    }

    private List<String> bills(String options) throws Exception {
        JsonNode tom = ContractServer.customer(server.getURL().toString(), "mobile=" + TOM + "&coupons=false&" + options);
        return texts(tom.path("transactions"), "transaction", "number");
    }

    private List<String> coupons(String options) throws Exception {
        JsonNode gina = ContractServer.customer(server.getURL().toString(),
                "mobile=" + GINA + "&transactions=false&" + options);
        return texts(gina.path("coupons"), "coupon", "code");
    }

    @Test
    void transactionTypes() throws Exception {
        assertThat(bills("")).containsExactly("B1");
        assertThat(bills("type=REGULAR")).containsExactly("B1");
        assertThat(bills("type=ALL")).containsExactly("NR1", "NM1", "M1", "N1", "R1", "B1");
        assertThat(bills("type=RETURN")).containsExactly("R1");
        assertThat(bills("type=NOT_INTERESTED")).containsExactly("N1");
        assertThat(bills("type=not_interested_return")).containsExactly("NR1");
        assertThat(bills("type=MIXED")).containsExactly("M1");
        assertThat(bills("type=NI_MIXED")).containsExactly("NM1");
    }

    @Test
    void transactionFieldFilters() throws Exception {
        assertThat(bills("type=ALL&number=R1")).containsExactly("R1");
        assertThat(bills("type=ALL&store_code=s2")).containsExactly("NR1", "NM1", "N1");
        assertThat(bills("type=ALL&till_code=ct.t1")).containsExactly("M1", "R1", "B1");
        assertThat(bills("type=ALL&amount=1000")).containsExactly("R1");
        assertThat(bills("type=ALL&amount=1000.00")).containsExactly("R1");
        assertThat(bills("type=ALL&date=2026-11-06")).containsExactly("N1");
        assertThat(bills("type=ALL&date=2026-11-02")).isEmpty();
        assertThat(bills("type=ALL&store_code=s1&date=2026-11-01")).containsExactly("B1");
    }

    @Test
    void aTransactionRowCarriesItsFigures() throws Exception {
        JsonNode tom = ContractServer.customer(server.getURL().toString(), "mobile=" + TOM + "&type=ALL&number=B1");
        JsonNode b1 = tom.path("transactions").path("transaction").get(0);
        assertThat(b1.path("amount").asText()).isEqualTo("120000");
        assertThat(b1.path("points").asText()).isEqualTo("12000");
        assertThat(b1.path("store").asText()).isEqualTo("ct.t1");
        assertThat(b1.path("store_code").asText()).isEqualTo("s1");
        assertThat(b1.path("created_date").asText()).isEqualTo("2026-11-01 10:00:00");
    }

    @Test
    void tendersAndCreditNotesWhenAskedFor() throws Exception {
        JsonNode plain = ContractServer.customer(server.getURL().toString(), "mobile=" + TOM + "&type=ALL");
        assertThat(plain.path("transactions").path("transaction").get(5).has("tenders")).isFalse();
        assertThat(plain.path("transactions").path("transaction").get(4).has("credit_notes")).isFalse();

        JsonNode tom = ContractServer.customer(server.getURL().toString(),
                "mobile=" + TOM + "&type=ALL&tenders=true&credit_notes=true");
        JsonNode rows = tom.path("transactions").path("transaction");
        assertThat(texts(rows, "number")).containsExactly("NR1", "NM1", "M1", "N1", "R1", "B1");
        JsonNode b1 = rows.get(5);
        assertThat(b1.path("number").asText()).isEqualTo("B1");
        assertThat(texts(b1.path("tenders"), "tender", "mode")).containsExactly("CARD", "CASH");
        assertThat(texts(b1.path("tenders"), "tender", "value")).containsExactly("100000", "20000");
        assertThat(b1.path("credit_notes").path("credit_note").isEmpty()).isTrue();
        JsonNode r1 = rows.get(4);
        assertThat(texts(r1.path("credit_notes"), "credit_note", "number")).containsExactly("CN-1");
        assertThat(texts(r1.path("credit_notes"), "credit_note", "amount")).containsExactly("1000");
        assertThat(r1.path("tenders").path("tender").isEmpty()).isTrue();

        JsonNode onlyTenders = ContractServer.customer(server.getURL().toString(), "mobile=" + TOM + "&tenders=true");
        assertThat(onlyTenders.path("transactions").path("transaction").get(0).has("tenders")).isTrue();
        assertThat(onlyTenders.path("transactions").path("transaction").get(0).has("credit_notes")).isFalse();
    }

    @Test
    void couponStatus() throws Exception {
        assertThat(coupons("")).containsExactly("C-ACTIVE-2", "C-ACTIVE-1", "C-REDEEMED", "C-EXPIRED");
        assertThat(coupons("coupon_status=active")).containsExactly("C-ACTIVE-2", "C-ACTIVE-1");
        assertThat(coupons("coupon_status=redeemed")).containsExactly("C-REDEEMED");
        assertThat(coupons("coupon_status=expired")).containsExactly("C-EXPIRED");
        assertThat(coupons("coupon_status=unredeemed")).containsExactly("C-ACTIVE-2", "C-ACTIVE-1", "C-EXPIRED");
        assertThat(coupons("coupon_active=true")).containsExactly("C-ACTIVE-2", "C-ACTIVE-1");
    }

    @Test
    void couponPagingAndOrder() throws Exception {
        assertThat(coupons("coupon_limit=2")).containsExactly("C-ACTIVE-2", "C-ACTIVE-1");
        assertThat(coupons("coupon_limit=0")).isEmpty();
        assertThat(coupons("coupon_offset=1&coupon_sort_order=asc"))
                .containsExactly("C-REDEEMED", "C-ACTIVE-1", "C-ACTIVE-2");
        assertThat(coupons("coupon_offset=1&coupon_limit=1")).containsExactly("C-ACTIVE-2");
        assertThat(coupons("coupon_order_by=valid_till&coupon_sort_order=asc"))
                .containsExactly("C-EXPIRED", "C-REDEEMED", "C-ACTIVE-1", "C-ACTIVE-2");
        assertThat(coupons("coupon_order_by=created_by"))
                .containsExactly("C-ACTIVE-2", "C-REDEEMED", "C-ACTIVE-1", "C-EXPIRED");
        assertThat(coupons("coupon_order_by=created_date&coupon_sort_order=desc"))
                .containsExactly("C-ACTIVE-2", "C-ACTIVE-1", "C-REDEEMED", "C-EXPIRED");
    }

    @Test
    void couponOfferAndOrgEntity() throws Exception {
        assertThat(coupons("coupon_offer=8003")).containsExactly("C-REDEEMED", "C-EXPIRED");
        assertThat(coupons("coupon_org_entity_type=TILL")).containsExactly("C-ACTIVE-2");
        assertThat(coupons("coupon_org_entity_type=store&coupon_org_entity_value=s1")).containsExactly("C-ACTIVE-1");
        assertThat(coupons("coupon_org_entity_type=STORE&coupon_org_entity_value=s2")).isEmpty();
        assertThat(coupons("coupon_org_entity_type=ZONE")).isEmpty();
    }

    @Test
    void aCouponRowCarriesItsFigures() throws Exception {
        JsonNode gina = ContractServer.customer(server.getURL().toString(), "mobile=" + GINA + "&coupon_limit=1");
        JsonNode coupon = gina.path("coupons").path("coupon").get(0);
        assertThat(coupon.path("code").asText()).isEqualTo("C-ACTIVE-2");
        assertThat(coupon.path("series_id").asText()).isEqualTo("8002");
        assertThat(coupon.path("valid_till").asText()).isEqualTo("2026-12-31");
        assertThat(coupon.path("redeemed").asText()).isEqualTo("false");
        assertThat(coupon.path("same_user_multiple_redeem").asText()).isEqualTo("true");
    }
}
