package org.loyaltyhub.adapter.rest.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.fieldNames;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;
import org.loyaltyhub.adapter.rest.support.StubAuthenticateApiUser;
import org.loyaltyhub.adapter.rest.support.StubWriteUseCases;
import org.loyaltyhub.adapter.rest.support.StubWriteUseCases.Update;
import org.loyaltyhub.application.port.in.write.CustomerProfile;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.domain.customer.CustomField;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.ExtendedField;
import org.loyaltyhub.domain.customer.FraudStatus;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.Subscription;

/** customer/add, customer/update and customer/pii_delete: what reaches the use cases and what comes back. */
@MicronautTest
class CustomerWriteTest {
    private static final String ADD = "/v1.1/customer/add";
    private static final String UPDATE = "/v1.1/customer/update";
    private static final String PII_DELETE = "/v1.1/customer/pii_delete";

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
    void addPassesTheWholeProfileAndAnswersTheStoredCustomer() {
        Answer answer = api.postJson(ADD, """
                {"root": {"customer": [{
                  "mobile": "919800000001", "email": "Neha@Example.com", "external_id": "EXT-9",
                  "firstname": " Neha ", "lastname": "Shah", "type": "loyalty",
                  "registered_on": "2026-11-20 10:00:00",
                  "custom_fields": {"field": [{"name": "favourite_drink", "value": "filter coffee"}]},
                  "extended_fields": {"field": [{"name": "gender", "value": "Female"}, {"name": "city", "value": "Pune"}]},
                  "subscriptions": {"subscription": [{"priority": "TRANS", "type": "SMS", "is_subscribed": "1"},
                                                     {"priority": "BULK", "type": "EMAIL", "is_subscribed": "0"}]}
                }]}}""");

        CustomerProfile profile = useCases.only(CustomerProfile.class);
        assertThat(profile).isEqualTo(new CustomerProfile("919800000001", "Neha@Example.com", "EXT-9", "Neha", "Shah",
                CustomerType.LOYALTY, Instant.parse("2026-11-20T04:30:00Z"),
                List.of(new CustomField("favourite_drink", "filter coffee")),
                List.of(new ExtendedField("gender", "Female"), new ExtendedField("city", "Pune")),
                List.of(new Subscription(Subscription.Channel.SMS, Subscription.Priority.TRANS, true),
                        new Subscription(Subscription.Channel.EMAIL, Subscription.Priority.BULK, false)),
                null));
        assertThat(useCases.calls().get(0).caller()).isEqualTo(StubAuthenticateApiUser.CALLER);

        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(answer.requestStatus()).isEqualTo(json("{\"success\":\"true\",\"code\":200,\"message\":\"Success\","
                + "\"total\":\"1\",\"success_count\":\"1\"}"));
        JsonNode entry = answer.entries("customers", "customer").get(0);
        assertThat(entry).isEqualTo(json("""
                {"user_id": "501", "firstname": "Neha", "lastname": "Shah", "mobile": "919800000001",
                 "email": "neha@example.com", "external_id": "EXT-9", "type": "LOYALTY",
                 "registered_on": "2026-11-20 10:00:00", "updated_on": "2026-11-20 10:00:00",
                 "lifetime_points": 0, "loyalty_points": 0, "current_slab": "Silver", "tier_expiry_date": null,
                 "fraud_status": "NONE",
                 "item_status": {"success": "true", "code": "1000", "message": "Customer registered successfully",
                                 "warnings": {"warning": []}}}"""));
        assertThat(fieldNames(entry)).containsExactly("user_id", "firstname", "lastname", "mobile", "email",
                "external_id", "type", "registered_on", "updated_on", "lifetime_points", "loyalty_points",
                "current_slab", "tier_expiry_date", "fraud_status", "item_status");
    }

    @Test
    void addReadsTheSameProfileFromXmlWhereOneElementStandsForAList() {
        api.postXml(ADD, """
                <root>
                  <customer>
                    <mobile>919800000001</mobile>
                    <firstname>Neha</firstname>
                    <type>NON_LOYALTY</type>
                    <registered_on>2026-11-20T10:00:00+05:30</registered_on>
                    <custom_fields><field><name>favourite_drink</name><value>filter coffee</value></field></custom_fields>
                    <extended_fields>
                      <field><name>gender</name><value>Female</value></field>
                      <field><name>city</name><value>Pune</value></field>
                    </extended_fields>
                    <subscriptions><subscription><priority>TRANS</priority><type>SMS</type><is_subscribed>true</is_subscribed></subscription></subscriptions>
                  </customer>
                </root>""");

        assertThat(useCases.only(CustomerProfile.class)).isEqualTo(new CustomerProfile("919800000001", null, null,
                "Neha", null, CustomerType.NON_LOYALTY, Instant.parse("2026-11-20T04:30:00Z"),
                List.of(new CustomField("favourite_drink", "filter coffee")),
                List.of(new ExtendedField("gender", "Female"), new ExtendedField("city", "Pune")),
                List.of(new Subscription(Subscription.Channel.SMS, Subscription.Priority.TRANS, true)), null));
    }

    @Test
    void sectionsNotSentStayNullSoTheUseCaseCanTellNoneFromUnchanged() {
        api.postJson(ADD, "{\"root\":{\"customer\":{\"email\":\"neha@example.com\"}}}");

        CustomerProfile profile = useCases.only(CustomerProfile.class);
        assertThat(profile.customFields()).isNull();
        assertThat(profile.extendedFields()).isNull();
        assertThat(profile.subscriptions()).isNull();
        assertThat(profile.type()).isNull();
        assertThat(profile.registeredOn()).isNull();
    }

    @Test
    void addingAnExistingCustomerAnswersUpdatedWithTheirFigures() {
        Answer answer = api.postJson(ADD, "{\"root\":{\"customer\":{\"mobile\":\"919876543210\"}}}");

        JsonNode entry = answer.entries("customers", "customer").get(0);
        assertThat(entry.get("user_id").asText()).isEqualTo("101");
        assertThat(entry.get("item_status").get("message").asText()).isEqualTo("Customer updated successfully");
        assertThat(answer.rawBody()).contains("\"lifetime_points\":27000,").contains("\"loyalty_points\":26447.104,");
        assertThat(entry.get("registered_on").asText()).isEqualTo("2023-04-05 17:07:23");
        assertThat(entry.get("fraud_status").asText()).isEqualTo("MARKED");
    }

    @Test
    void badIdentifiersGetCapillarysOwnCodesAndEchoWhatWasSent() {
        Answer answer = api.postJson(ADD, """
                {"root": {"customer": [
                  {"firstname": "Nobody"},
                  {"mobile": "12ab"},
                  {"email": "not-an-email"},
                  {"external_id": "has space"}
                ]}}""");

        assertThat(answer.httpStatus()).isEqualTo(500);
        assertThat(answer.requestStatus()).isEqualTo(json("{\"success\":\"false\",\"code\":500,"
                + "\"message\":\"All requests have failed due to errors\",\"total\":\"4\",\"success_count\":\"0\"}"));
        JsonNode entries = answer.entries("customers", "customer");
        assertThat(entries.get(0)).isEqualTo(json("{\"item_status\":{\"success\":\"false\",\"code\":\"1007\","
                + "\"message\":\"Unable to register customer. No valid primary identifier mobile number, email ID, "
                + "or external ID passed\",\"warnings\":{\"warning\":[]}}}"));
        assertThat(entries.get(1)).isEqualTo(json("{\"mobile\":\"12ab\",\"item_status\":{\"success\":\"false\","
                + "\"code\":\"1001\",\"message\":\"Invalid mobile number: '12ab' (8 to 15 digits with country code)\","
                + "\"warnings\":{\"warning\":[]}}}"));
        assertThat(entries.get(2).get("item_status").get("code").asText()).isEqualTo("1002");
        assertThat(entries.get(2).get("email").asText()).isEqualTo("not-an-email");
        assertThat(entries.get(3).get("item_status").get("code").asText()).isEqualTo("1003");
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aBatchWithSomeFailuresIs201AndKeepsRequestOrder() {
        Answer answer = api.postJson(ADD, """
                {"root": {"customer": [
                  {"external_id": "refuse-IDENTIFIER_CONFLICT", "mobile": "919800000009"},
                  {"mobile": "919800000001"}
                ]}}""");

        assertThat(answer.httpStatus()).isEqualTo(201);
        assertThat(answer.requestStatus()).isEqualTo(json("{\"success\":\"false\",\"code\":201,"
                + "\"message\":\"Some requests have failed due to errors\",\"total\":\"2\",\"success_count\":\"1\"}"));
        JsonNode entries = answer.entries("customers", "customer");
        assertThat(entries.get(0)).isEqualTo(json("{\"mobile\":\"919800000009\","
                + "\"external_id\":\"refuse-IDENTIFIER_CONFLICT\",\"item_status\":{\"success\":\"false\","
                + "\"code\":\"1016\",\"message\":\"Identifier already belongs to another customer: stub says "
                + "IDENTIFIER_CONFLICT\",\"warnings\":{\"warning\":[]}}}"));
        assertThat(entries.get(1).get("mobile").asText()).isEqualTo("919800000001");
        assertThat(entries.get(1).at("/item_status/code").asText()).isEqualTo("1000");
    }

    @Test
    void badValuesNameTheFieldAndWhatIsAccepted() {
        Answer answer = api.postJson(ADD, """
                {"root": {"customer": [
                  {"mobile": "919800000001", "type": "GOLD"},
                  {"mobile": "919800000001", "extended_fields": {"field": [{"name": "shoe_size", "value": "9"}]}},
                  {"mobile": "919800000001", "registered_on": "yesterday"},
                  {"mobile": "919800000001", "subscriptions": {"subscription": [{"type": "SMS", "is_subscribed": "maybe"}]}}
                ]}}""");

        JsonNode entries = answer.entries("customers", "customer");
        assertThat(entries.get(0).at("/item_status/message").asText())
                .isEqualTo("type: 'GOLD' is not one of [LOYALTY, NON_LOYALTY]");
        assertThat(entries.get(1).at("/item_status/message").asText())
                .startsWith("extended_fields.field[0]: unknown extended field 'shoe_size', known: [");
        assertThat(entries.get(2).at("/item_status/message").asText()).isEqualTo("registered_on: 'yesterday' is "
                + "not a time; use yyyy-MM-dd HH:mm:ss (the org's clock) or ISO-8601 with an offset");
        assertThat(entries.get(3).at("/item_status/message").asText())
                .isEqualTo("subscriptions.subscription[0].is_subscribed: 'maybe' is not one of 1, 0, true, false");
        for (JsonNode entry : entries) {
            assertThat(entry.at("/item_status/code").asText()).isEqualTo("400");
        }
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void updateNamesTheCustomerByIdAndTakesTheOtherIdentifiersAsChanges() {
        Answer answer = api.postJson(UPDATE, """
                {"root": {"customer": {
                  "id": "101", "mobile": "919800000077", "email": "asha.rao@example.com",
                  "firstname": "Asha", "lastname": "Rao-Iyer", "type": "LOYALTY",
                  "fraud_details": {"status": "CONFIRMED"},
                  "custom_fields": {"field": {"name": "favourite_drink", "value": "cold brew"}}
                }}}""");

        Update update = useCases.only(Update.class);
        assertThat(update.ref()).isEqualTo(new CustomerRef(IdentifierType.ID, "101"));
        assertThat(update.changes()).isEqualTo(new CustomerProfile("919800000077", "asha.rao@example.com", null,
                "Asha", "Rao-Iyer", CustomerType.LOYALTY, null, List.of(new CustomField("favourite_drink", "cold brew")),
                null, null, FraudStatus.CONFIRMED));
        assertThat(answer.httpStatus()).isEqualTo(200);
        JsonNode entry = answer.entries("customers", "customer").get(0);
        assertThat(entry.get("lastname").asText()).isEqualTo("Rao-Iyer");
        assertThat(entry.get("item_status")).isEqualTo(json("{\"success\":\"true\",\"code\":\"1000\","
                + "\"message\":\"Customer updated successfully\",\"warnings\":{\"warning\":[]}}"));
    }

    @Test
    void updateByMobileLeavesTheMobileAsItIs() {
        api.postXml(UPDATE, "<root><customer><mobile>919876543210</mobile><email>asha@new.example.com</email>"
                + "<fraud_status>not_fraud</fraud_status></customer></root>");

        Update update = useCases.only(Update.class);
        assertThat(update.ref()).isEqualTo(new CustomerRef(IdentifierType.MOBILE, "919876543210"));
        assertThat(update.changes().mobile()).isNull();
        assertThat(update.changes().email()).isEqualTo("asha@new.example.com");
        assertThat(update.changes().fraudStatus()).isEqualTo(FraudStatus.NOT_FRAUD);
        assertThat(update.changes().firstname()).as("not sent: unchanged").isNull();
    }

    @Test
    void updateWithoutAnIdentifierIs1015AndAMalformedOneIs1042() {
        Answer answer = api.postJson(UPDATE, "{\"root\":{\"customer\":[{\"firstname\":\"Who\"},"
                + "{\"mobile\":\"12ab\",\"firstname\":\"Who\"}]}}");

        JsonNode entries = answer.entries("customers", "customer");
        assertThat(entries.get(0).get("item_status")).isEqualTo(json("{\"success\":\"false\",\"code\":\"1015\","
                + "\"message\":\"No identifier provided: send one of id, mobile, email, external_id\","
                + "\"warnings\":{\"warning\":[]}}"));
        assertThat(entries.get(1).get("item_status")).isEqualTo(json("{\"success\":\"false\",\"code\":\"1042\","
                + "\"message\":\"Invalid mobile no/email id/external id: mobile '12ab' is not a valid mobile\","
                + "\"warnings\":{\"warning\":[]}}"));
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void updateOfAnUnknownCustomerIs1012() {
        Answer answer = api.postJson(UPDATE, "{\"root\":{\"customer\":{\"external_id\":\"refuse-CUSTOMER_NOT_FOUND\"}}}");

        assertThat(answer.httpStatus()).isEqualTo(500);
        assertThat(answer.entries("customers", "customer").get(0)).isEqualTo(json("{\"external_id\":"
                + "\"refuse-CUSTOMER_NOT_FOUND\",\"item_status\":{\"success\":\"false\",\"code\":\"1012\",\"message\":"
                + "\"Cannot find customer with the provided mobile number/external ID/e-mail ID: stub says "
                + "CUSTOMER_NOT_FOUND\",\"warnings\":{\"warning\":[]}}}"));
    }

    @Test
    void piiDeleteErasesEachNamedCustomer() {
        Answer json = api.postJson(PII_DELETE, "{\"root\":{\"customer\":[{\"mobile\":\"919876543210\"},"
                + "{\"external_id\":\"refuse-CUSTOMER_ERASED\"}]}}");
        Answer xml = api.postXml(PII_DELETE, "<root><customer><email>asha@example.com</email></customer></root>");

        assertThat(useCases.commands(CustomerRef.class)).containsExactly(
                new CustomerRef(IdentifierType.MOBILE, "919876543210"),
                new CustomerRef(IdentifierType.EXTERNAL_ID, "refuse-CUSTOMER_ERASED"),
                new CustomerRef(IdentifierType.EMAIL, "asha@example.com"));
        assertThat(json.httpStatus()).isEqualTo(201);
        assertThat(json.entries("customers", "customer").get(0)).isEqualTo(json("{\"user_id\":\"101\","
                + "\"item_status\":{\"success\":\"true\",\"code\":\"1000\",\"message\":\"Customer's personal data "
                + "erased\",\"warnings\":{\"warning\":[]}}}"));
        assertThat(json.entries("customers", "customer").get(1).at("/item_status/code").asText()).isEqualTo("8109");
        assertThat(xml.httpStatus()).isEqualTo(200);
        assertThat(xml.entries("customers", "customer").get(0).get("user_id").asText()).isEqualTo("101");
    }

    @Test
    void theAnswerIsInXmlWhenAskedFor() {
        Answer answer = api.postJson(PII_DELETE + "?format=xml", "{\"root\":{\"customer\":{\"id\":\"101\"}}}");

        assertThat(answer.header("Content-Type")).startsWith("application/xml");
        assertThat(answer.rawBody()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><status>"
                + "<success>true</success><code>200</code><message>Success</message><total>1</total>"
                + "<success_count>1</success_count></status><customers><customer><user_id>101</user_id><item_status>"
                + "<success>true</success><code>1000</code><message>Customer's personal data erased</message>"
                + "<warnings/></item_status></customer></customers></response>");
    }
}
