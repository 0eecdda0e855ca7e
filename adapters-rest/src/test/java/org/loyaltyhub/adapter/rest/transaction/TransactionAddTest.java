package org.loyaltyhub.adapter.rest.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.fieldNames;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;
import org.loyaltyhub.adapter.rest.support.StubWriteUseCases;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.application.port.in.write.TransactionCommand;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.CreditNote;
import org.loyaltyhub.domain.purchase.LineItem;
import org.loyaltyhub.domain.purchase.PaymentDetails;
import org.loyaltyhub.domain.purchase.Tender;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;

/** transaction/add: bills of every type as commands, and what the answer reports about each. */
@MicronautTest
class TransactionAddTest {
    private static final String ADD = "/v1.1/transaction/add";
    private static final CustomerRef ASHA = new CustomerRef(IdentifierType.MOBILE, "919876543210");

    @Inject
    @Client("/")
    HttpClient httpClient;

    @Inject
    StubWriteUseCases useCases;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(httpClient);
        useCases.reset();
    }

    @Test
    void aRegularBillBecomesOneCommandWithEverythingSent() {
        api.postJson(ADD, """
                {"root": {"transaction": [{
                  "type": "REGULAR", "number": "B-1001", "amount": "1200.50",
                  "billing_time": "2026-11-24 19:15:00", "store_code": "store.pune", "program_id": "1",
                  "notes": "festival offer",
                  "customer": {"mobile": "919876543210", "firstname": "Asha"},
                  "line_items": {"line_item": [
                    {"serial": "1", "item_code": "CHAI-L", "description": "Large chai", "qty": "2", "rate": "150",
                     "discount": "0", "value": "300", "amount": "300"},
                    {"item_code": "CAKE", "qty": "1", "rate": "950.50", "discount": "50", "value": "950.50", "amount": "900.50"}
                  ]},
                  "payment_details": {"payment": [{"mode": "CASH", "value": "200.50"}, {"mode": "CARD", "value": "1000"}]},
                  "credit_notes": {"credit_note": [{"number": "CN-7", "amount": "100"}]}
                }]}}""");

        assertThat(useCases.only(TransactionCommand.class)).isEqualTo(new TransactionCommand(ASHA,
                TransactionType.REGULAR, "B-1001", new BigDecimal("1200.50"), Instant.parse("2026-11-24T13:45:00Z"),
                "store.pune", new ProgramId(1), null, null,
                List.of(new LineItem(1, "CHAI-L", "Large chai", new BigDecimal("2"), Money.of("150"), Money.of("0"),
                                Money.of("300")),
                        new LineItem(2, "CAKE", "", new BigDecimal("1"), Money.of("950.50"), Money.of("50"),
                                Money.of("900.50"))),
                new PaymentDetails(List.of(new Tender("CASH", Money.of("200.50")), new Tender("CARD", Money.of("1000"))),
                        List.of(new CreditNote("CN-7", Money.of("100")))),
                "festival offer"));
    }

    @Test
    void theAnswerReportsTheAwardedPointsAndTheCustomersFiguresAfter() {
        Answer answer = api.postJson(ADD, "{\"root\":{\"transaction\":{\"number\":\"B-1001\",\"amount\":\"1200\","
                + "\"billing_time\":\"2026-11-24 19:15:00\",\"customer\":{\"mobile\":\"919876543210\"}}}}");

        assertThat(answer.httpStatus()).isEqualTo(200);
        JsonNode entry = answer.entries("transactions", "transaction").get(0);
        assertThat(entry).isEqualTo(json("""
                {"id": "373930900", "number": "B-1001", "type": "REGULAR", "amount": "1200",
                 "billing_time": "2026-11-24 19:15:00", "store_code": "store.mumbai", "return_of": null,
                 "customer": {"user_id": "101", "mobile": "919876543210", "email": "asha@example.com",
                              "external_id": null, "firstname": "Asha", "lastname": "Rao", "type": "LOYALTY",
                              "loyalty_points": "26567.104", "lifetime_points": "27120", "current_slab": "Silver",
                              "tier_expiry_date": null},
                 "side_effects": {"effect": [{"type": "points", "awarded_points": "120", "deducted_points": "0",
                                              "program_id": "1"}]},
                 "item_status": {"success": "true", "code": "600", "message": "Transaction added successfully",
                                 "warnings": {"warning": []}}}"""));
        assertThat(fieldNames(entry)).containsExactly("id", "number", "type", "amount", "billing_time", "store_code",
                "return_of", "customer", "side_effects", "item_status");
    }

    @Test
    void anUpgradeByTheBillIsASlabEffect() {
        Answer answer = api.postJson(ADD, "{\"root\":{\"transaction\":{\"number\":\"B-2\",\"amount\":\"30000\","
                + "\"customer\":{\"mobile\":\"919876543210\"}}}}");

        JsonNode entry = answer.entries("transactions", "transaction").get(0);
        assertThat(entry.at("/side_effects/effect")).isEqualTo(json("""
                [{"type": "points", "awarded_points": "3000", "deducted_points": "0", "program_id": "1"},
                 {"type": "slab", "change_type": "UPGRADE", "from": "Silver", "to": "Gold", "program_id": "1",
                  "valid_until": "2027-11-30"}]"""));
        assertThat(entry.at("/customer/current_slab").asText()).isEqualTo("Gold");
        assertThat(entry.at("/customer/tier_expiry_date").asText()).isEqualTo("2027-11-30");
    }

    @Test
    void anXmlBillWithOneLineAndOneTenderIsTheSameCommand() {
        api.postXml(ADD, """
                <root><transaction>
                  <number>B-1002</number><amount>300</amount><billing_time>2026-11-24T19:15:00+05:30</billing_time>
                  <customer><external_id>EXT-102</external_id></customer>
                  <line_items><line_item><item_code>CHAI-L</item_code><qty>2</qty><rate>150</rate><amount>300</amount></line_item></line_items>
                  <tenders><tender><mode>UPI</mode><value>300</value></tender></tenders>
                </transaction></root>""");

        assertThat(useCases.only(TransactionCommand.class)).isEqualTo(new TransactionCommand(
                new CustomerRef(IdentifierType.EXTERNAL_ID, "EXT-102"), TransactionType.REGULAR, "B-1002",
                new BigDecimal("300"), Instant.parse("2026-11-24T13:45:00Z"), null, null, null, null,
                List.of(new LineItem(1, "CHAI-L", "", new BigDecimal("2"), Money.of("150"), null, Money.of("300"))),
                new PaymentDetails(List.of(new Tender("UPI", Money.of("300"))), List.of()), ""));
    }

    @Test
    void aReturnNamesTheOriginalBillByItsNumberAsCapillaryDoes() {
        Answer answer = api.postJson(ADD, "{\"root\":{\"transaction\":{\"type\":\"RETURN\",\"return_type\":\"AMOUNT\","
                + "\"number\":\"B-1001\",\"amount\":\"200\",\"customer\":{\"mobile\":\"919876543210\"}}}}");

        TransactionCommand command = useCases.only(TransactionCommand.class);
        assertThat(command.type()).isEqualTo(TransactionType.RETURN);
        assertThat(command.number()).isEqualTo("B-1001");
        assertThat(command.returnOfNumber()).isEqualTo("B-1001");
        assertThat(command.returnOfStore()).isNull();
        assertThat(command.amount()).isEqualByComparingTo("200");
        JsonNode entry = answer.entries("transactions", "transaction").get(0);
        assertThat(entry.get("return_of").asText()).isEqualTo("B-1001");
        assertThat(entry.at("/side_effects/effect/0")).isEqualTo(json("{\"type\":\"points\",\"awarded_points\":\"0\","
                + "\"deducted_points\":\"20\",\"program_id\":\"1\"}"));
    }

    @Test
    void parentBillNumberLetsAReturnHaveItsOwnNumberAndStore() {
        api.postJson(ADD, """
                {"root": {"transaction": {"type": "RETURN", "return_type": "LINE_ITEM", "number": "R-1",
                  "parent_bill_number": "B-1001", "parent_store_code": "store.pune",
                  "customer": {"mobile": "919876543210"},
                  "line_items": {"line_item": {"item_code": "CAKE", "qty": "1", "amount": "900.50"}}}}}""");

        TransactionCommand command = useCases.only(TransactionCommand.class);
        assertThat(command.number()).isEqualTo("R-1");
        assertThat(command.returnOfNumber()).isEqualTo("B-1001");
        assertThat(command.returnOfStore()).isEqualTo("store.pune");
        assertThat(command.amount()).as("the lines' total is the use case's to work out").isNull();
        assertThat(command.lineItems()).containsExactly(new LineItem(1, "CAKE", "", BigDecimal.ONE, null, null,
                Money.of("900.50")));
    }

    @Test
    void aFullReturnSendsNeitherAmountNorLines() {
        api.postJson(ADD, "{\"root\":{\"transaction\":{\"type\":\"RETURN\",\"return_type\":\"FULL\",\"number\":\"B-1\","
                + "\"amount\":\"1200\",\"customer\":{\"mobile\":\"919876543210\"},"
                + "\"line_items\":{\"line_item\":{\"item_code\":\"CAKE\",\"amount\":\"900\"}}}}}");

        TransactionCommand command = useCases.only(TransactionCommand.class);
        assertThat(command.amount()).isNull();
        assertThat(command.lineItems()).isEmpty();
    }

    @Test
    void withoutReturnTypeTheItemTellsWhichReturnItIs() {
        api.postJson(ADD, "{\"root\":{\"transaction\":["
                + "{\"type\":\"RETURN\",\"number\":\"B-1\",\"customer\":{\"mobile\":\"919876543210\"}},"
                + "{\"type\":\"RETURN\",\"number\":\"B-2\",\"amount\":\"50\",\"customer\":{\"mobile\":\"919876543210\"}},"
                + "{\"type\":\"RETURN\",\"number\":\"B-3\",\"customer\":{\"mobile\":\"919876543210\"},"
                + "\"line_items\":{\"line_item\":{\"item_code\":\"CAKE\",\"amount\":\"900\"}}}]}}");

        List<TransactionCommand> commands = useCases.commands(TransactionCommand.class);
        assertThat(commands.get(0).amount()).isNull();
        assertThat(commands.get(0).lineItems()).isEmpty();
        assertThat(commands.get(1).amount()).isEqualByComparingTo("50");
        assertThat(commands.get(2).lineItems()).hasSize(1);
    }

    @Test
    void aNotInterestedBillWithoutCustomerIsAnonymous() {
        Answer answer = api.postJson(ADD, "{\"root\":{\"transaction\":{\"type\":\"not_interested\",\"number\":\"B-9\","
                + "\"amount\":\"80\",\"not_interested_reason\":\"in a hurry\"}}}");

        TransactionCommand command = useCases.only(TransactionCommand.class);
        assertThat(command.customer()).isNull();
        assertThat(command.type()).isEqualTo(TransactionType.NOT_INTERESTED);
        assertThat(command.notes()).isEqualTo("in a hurry");
        JsonNode entry = answer.entries("transactions", "transaction").get(0);
        assertThat(entry.get("customer").isNull()).isTrue();
        assertThat(entry.get("side_effects")).isEqualTo(json("{\"effect\":[]}"));
        assertThat(entry.at("/item_status/code").asText()).isEqualTo("600");
    }

    @Test
    void badInputGetsCapillarysTransactionCodesAndNamesTheField() {
        Answer answer = api.postJson(ADD, """
                {"root": {"transaction": [
                  {"amount": "100", "customer": {"mobile": "919876543210"}},
                  {"number": "B-1", "amount": "lots", "customer": {"mobile": "919876543210"}},
                  {"number": "B-2", "amount": "-5", "customer": {"mobile": "919876543210"}},
                  {"number": "B-3", "customer": {"mobile": "919876543210"}},
                  {"number": "B-4", "type": "RETURN", "return_type": "SOME", "customer": {"mobile": "919876543210"}},
                  {"number": "B-5", "type": "EXCHANGE", "amount": "1", "customer": {"mobile": "919876543210"}},
                  {"number": "B-6", "amount": "1", "customer": {"mobile": "919876543210"},
                   "line_items": {"line_item": [{"item_code": "A", "amount": "1"}, {"qty": "1", "amount": "2"}]}},
                  {"number": "B-7", "amount": "1", "customer": {"mobile": "919876543210"},
                   "payment_details": {"payment": {"mode": "CASH", "value": "-1"}}},
                  {"number": "B-8", "amount": "1", "billing_time": "24/11/2026", "customer": {"mobile": "919876543210"}},
                  {"number": "B-9", "amount": "1", "customer": {"mobile": "12ab"}},
                  {"number": "B-10", "type": "RETURN", "return_type": "LINE_ITEM", "customer": {"mobile": "919876543210"}}
                ]}}""");

        assertThat(answer.httpStatus()).isEqualTo(500);
        JsonNode entries = answer.entries("transactions", "transaction");
        assertThat(statusOf(entries.get(0))).isEqualTo("602 Invalid transaction number: number is required");
        assertThat(statusOf(entries.get(1))).isEqualTo("601 amount: 'lots' is not a number");
        assertThat(statusOf(entries.get(2))).isEqualTo("601 Invalid Bill Amount: amount must not be negative, got -5");
        assertThat(statusOf(entries.get(3))).isEqualTo("601 Invalid Bill Amount: amount is required");
        assertThat(statusOf(entries.get(4))).isEqualTo("628 return_type: 'SOME' is not one of [FULL, LINE_ITEM, AMOUNT]");
        assertThat(statusOf(entries.get(5))).isEqualTo("400 type: 'EXCHANGE' is not one of [REGULAR, RETURN, "
                + "NOT_INTERESTED, NOT_INTERESTED_RETURN, MIXED, NI_MIXED]");
        assertThat(statusOf(entries.get(6))).isEqualTo("400 line_items.line_item[1]: a line item needs an item code");
        assertThat(statusOf(entries.get(7)))
                .isEqualTo("400 payment_details.payment[0].value must not be negative, got -1");
        assertThat(statusOf(entries.get(8))).isEqualTo("400 billing_time: '24/11/2026' is not a time; use "
                + "yyyy-MM-dd HH:mm:ss (the org's clock) or ISO-8601 with an offset");
        assertThat(statusOf(entries.get(9)))
                .isEqualTo("1042 Invalid mobile no/email id/external id: mobile '12ab' is not a valid mobile");
        assertThat(statusOf(entries.get(10))).isEqualTo("400 line_items: a LINE_ITEM return lists the lines returned");
        assertThat(entries.get(1)).isEqualTo(json("{\"number\":\"B-1\",\"customer\":{\"mobile\":\"919876543210\"},"
                + "\"item_status\":{\"success\":\"false\",\"code\":\"601\",\"message\":\"amount: 'lots' is not a number\","
                + "\"warnings\":{\"warning\":[]}}}"));
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aRetriedBillAnswersTheDuplicateCode() {
        Answer answer = api.postJson(ADD, "{\"root\":{\"transaction\":{\"number\":\"B-1001\",\"amount\":\"1200\","
                + "\"customer\":{\"external_id\":\"refuse-DUPLICATE_TRANSACTION\"}}}}");

        assertThat(answer.httpStatus()).isEqualTo(500);
        assertThat(answer.entries("transactions", "transaction").get(0)).isEqualTo(json("{\"number\":\"B-1001\","
                + "\"customer\":{\"external_id\":\"refuse-DUPLICATE_TRANSACTION\"},\"item_status\":{\"success\":\"false\","
                + "\"code\":\"604\",\"message\":\"Duplicate transaction number: stub says DUPLICATE_TRANSACTION\","
                + "\"warnings\":{\"warning\":[]}}}"));
    }

    @Test
    void theAnswerIsInXmlWhenAskedFor() {
        Answer answer = api.post(ADD + "?format=xml", "application/xml", "<root><transaction><number>B-9</number>"
                + "<type>NOT_INTERESTED</type><amount>80</amount></transaction></root>");

        assertThat(answer.rawBody()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><status>"
                + "<success>true</success><code>200</code><message>Success</message><total>1</total>"
                + "<success_count>1</success_count></status><transactions><transaction><id>373930900</id>"
                + "<number>B-9</number><type>NOT_INTERESTED</type><amount>80</amount><billing_time/>"
                + "<store_code>store.mumbai</store_code><return_of/><customer/><side_effects/><item_status>"
                + "<success>true</success><code>600</code><message>Transaction added successfully</message>"
                + "<warnings/></item_status></transaction></transactions></response>");
    }

    private static String statusOf(JsonNode entry) {
        return entry.at("/item_status/code").asText() + " " + entry.at("/item_status/message").asText();
    }
}
