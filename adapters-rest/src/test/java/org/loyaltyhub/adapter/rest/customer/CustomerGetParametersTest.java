package org.loyaltyhub.adapter.rest.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.fieldNames;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.RequestIdFilter;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;
import org.loyaltyhub.adapter.rest.support.StubGetCustomerDetails;
import org.loyaltyhub.adapter.rest.support.TestCustomers;
import org.loyaltyhub.application.port.in.CustomerLookupQuery;
import org.loyaltyhub.application.port.in.LookupSections;
import org.loyaltyhub.domain.customer.IdentifierType;

/** What the query string asks for, what reaches the use case, and what a bad query string gets. */
@MicronautTest
class CustomerGetParametersTest {
    private static final String INVALID_INPUT = "Input is invalid, Please check request parameters or input xml/json";

    @Inject
    @Client("/")
    HttpClient httpClient;

    @Inject
    StubGetCustomerDetails useCase;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(httpClient);
        useCase.reset();
    }

    @Test
    void defaultQueryCarriesTheCallersOrgAndCapillaryDefaults() {
        api.get("/v1.1/customer/get?mobile=919876543210");

        CustomerLookupQuery query = useCase.lastQuery();
        assertThat(query.orgId()).isEqualTo(TestCustomers.ORG_ID);
        assertThat(query.identifierType()).isEqualTo(IdentifierType.MOBILE);
        assertThat(query.values()).containsExactly("919876543210");
        assertThat(query.sections()).isEqualTo(new LookupSections(true, true, true, true, true, false));
        assertThat(query.transactionLimit()).isEqualTo(CustomerLookupQuery.DEFAULT_TRANSACTION_LIMIT);
    }

    @Test
    void valuesAreSplitOnCommasKeepingEmptyOnes() {
        Answer answer = api.get("/v1.1/customer/get?mobile=919876543210,,%20919876543210%20");

        assertThat(useCase.lastQuery().values()).containsExactly("919876543210", "", "919876543210");
        assertThat(answer.customers()).hasSize(3);
        assertThat(answer.httpStatus()).isEqualTo(201);
    }

    @Test
    void useCaseRunsOffTheEventLoop() {
        api.get("/v1.1/customer/get?mobile=919876543210");

        assertThat(useCase.lastThread()).isNotNull().doesNotContainIgnoringCase("eventloop");
    }

    @Test
    void noIdentifierIsA400WithItemCode1015() {
        Answer answer = api.get("/v1.1/customer/get?transactions=false");

        assertThat(answer.httpStatus()).isEqualTo(400);
        assertThat(answer.header(RequestIdFilter.HEADER)).isNotBlank();
        assertThat(answer.requestStatus()).isEqualTo(json("{\"success\":\"false\",\"code\":400,\"message\":\""
                + INVALID_INPUT + "\",\"total\":\"1\",\"success_count\":\"0\"}"));
        assertThat(answer.customers()).isEqualTo(json("[{\"item_status\":{\"success\":\"false\",\"code\":\"1015\","
                + "\"message\":\"No identifier provided to get loyalty users\",\"warnings\":{\"warning\":[]}}}]"));
        assertThat(useCase.lastQuery()).as("the use case is not asked").isNull();
    }

    @Test
    void twoIdentifierTypesAreA400NamingBoth() {
        Answer answer = api.get("/v1.1/customer/get?mobile=919876543210&email=asha@example.com");

        assertThat(answer.httpStatus()).isEqualTo(400);
        assertThat(answer.requestStatus().get("message").asText()).isEqualTo(INVALID_INPUT);
        JsonNode itemStatus = answer.customer(0).get("item_status");
        assertThat(itemStatus.get("code").asText()).isEqualTo("400");
        assertThat(itemStatus.get("message").asText())
                .isEqualTo("Use one identifier type per request; got mobile, email");
        assertThat(useCase.lastQuery()).isNull();
    }

    @Test
    void flagOtherThanTrueOrFalseIsA400NamingTheParameterAndTheAcceptedValues() {
        Answer answer = api.get("/v1.1/customer/get?mobile=919876543210&transactions=yes");

        assertThat(answer.httpStatus()).isEqualTo(400);
        assertThat(answer.customer(0).at("/item_status/message").asText())
                .isEqualTo("Invalid value 'yes' for parameter 'transactions': use true or false");
        assertThat(useCase.lastQuery()).isNull();
    }

    @Test
    void flagsIgnoreCase() {
        Answer answer = api.get("/v1.1/customer/get?mobile=919876543210&transactions=FALSE&user_id=True");

        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(answer.customer(0).has("transactions")).isFalse();
        assertThat(answer.customer(0).get("user_id").asText()).isEqualTo("101");
    }

    @Test
    void sectionsSwitchedOffAreLeftOutNotNulledAndNotLoaded() {
        Answer answer = api.get("/v1.1/customer/get?mobile=919876543210&transactions=false&coupons=false"
                + "&custom_fields=false&extended_fields=false&notes=false&registered_store=false"
                + "&registered_till=false&fraud_details=false");

        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(fieldNames(answer.customer(0))).containsExactly(
                "firstname", "lastname", "mobile", "email", "external_id", "lifetime_points",
                "lifetime_purchases", "loyalty_points", "current_slab", "registered_on", "updated_on", "type",
                "source", "identifiers", "gender", "registered_by", "user_groups2", "trackers",
                "current_nps_status", "points_summaries", "item_status");
        assertThat(useCase.lastQuery().sections()).isEqualTo(new LookupSections(false, false, false, false, false, false));
    }

    @Test
    void userIdOnlyWhenAskedAndAsAStringAfterTrackers() {
        JsonNode withoutIt = api.get("/v1.1/customer/get?mobile=919876543210").customer(0);
        JsonNode withIt = api.get("/v1.1/customer/get?mobile=919876543210&user_id=true").customer(0);

        assertThat(withoutIt.has("user_id")).isFalse();
        assertThat(withIt.get("user_id").isTextual()).isTrue();
        assertThat(withIt.get("user_id").asText()).isEqualTo("101");
        assertThat(fieldNames(withIt)).containsSubsequence("trackers", "user_id", "current_nps_status");
    }

    @Test
    void mlpFillsOnePointsSummaryPerProgram() {
        Answer answer = api.get("/v1.1/customer/get?mobile=919876543210&mlp=true");

        assertThat(useCase.lastQuery().sections().pointsSummaries()).isTrue();
        JsonNode summaries = answer.customer(0).at("/points_summaries/points_summary");
        assertThat(summaries).hasSize(2);
        assertThat(fieldNames(summaries.get(0))).containsExactly("programId", "redeemed", "expired", "returned",
                "adjusted", "lifetimePoints", "loyaltyPoints", "cumulativePurchases", "currentSlab",
                "currentSlabDescription", "nextSlab", "nextSlabSerialNumber", "nextSlabDescription", "slabSNo",
                "slabExpiryDate", "totalPoints", "delayed_points", "total_available_points", "program_title",
                "program_description", "program_points_to_currency_ratio");
        assertThat(summaries.get(0)).isEqualTo(json("{\"programId\":\"1\",\"redeemed\":\"552.396\",\"expired\":\"0\","
                + "\"returned\":\"0.5\",\"adjusted\":\"-10\",\"lifetimePoints\":\"27000\",\"loyaltyPoints\":\"26447.104\","
                + "\"cumulativePurchases\":\"9786.5\",\"currentSlab\":\"Silver\","
                + "\"currentSlabDescription\":\"Where everyone starts\",\"nextSlab\":\"Gold\","
                + "\"nextSlabSerialNumber\":\"2\",\"nextSlabDescription\":\"For regulars\",\"slabSNo\":\"1\","
                + "\"slabExpiryDate\":null,\"totalPoints\":\"26567.104\",\"delayed_points\":\"120\","
                + "\"total_available_points\":\"26447.104\",\"program_title\":\"Chai Rewards\","
                + "\"program_description\":\"Our main programme\",\"program_points_to_currency_ratio\":\"0.25\"}"));
        // The partner program: highest slab (no next slab) that expires on a known day.
        JsonNode partner = summaries.get(1);
        assertThat(partner.get("programId").asText()).isEqualTo("2");
        assertThat(partner.get("currentSlab").asText()).isEqualTo("Black");
        assertThat(partner.get("slabSNo").asText()).isEqualTo("2");
        assertThat(partner.get("nextSlab").isNull()).isTrue();
        assertThat(partner.get("nextSlabSerialNumber").isNull()).isTrue();
        assertThat(partner.get("slabExpiryDate").asText()).isEqualTo("2027-05-06");
    }

    @Test
    void topLevelFiguresStayTheDefaultProgramsWithMlp() {
        JsonNode customer = api.get("/v1.1/customer/get?mobile=919876543210&mlp=true").customer(0);

        assertThat(customer.get("loyalty_points").decimalValue()).isEqualByComparingTo("26447.104");
        assertThat(customer.get("current_slab").asText()).isEqualTo("Silver");
    }

    @Test
    void anAmountNoBillCanHaveIsA400BeforeAnyArithmetic() {
        for (String amount : new String[] {"1e999999999", "1e-999999999", "1e308", "99999999999999999"}) {
            Answer answer = api.get("/v1.1/customer/get?mobile=919876543210&amount=" + amount);

            assertThat(answer.httpStatus()).as(amount).isEqualTo(400);
            assertThat(answer.customer(0).at("/item_status/message").asText()).as(amount).isEqualTo(
                    "Invalid value '" + amount + "' for parameter 'amount': use a decimal amount such as 1999.50");
        }
        assertThat(useCase.lastQuery()).isNull();
    }

    @Test
    void anAcceptHeaderNamingNeitherJsonNorXmlGetsJsonAndTextXmlGetsXml() {
        Answer html = api.send(io.micronaut.http.HttpRequest.GET("/v1.1/customer/get?mobile=919876543210")
                .header("Authorization", ApiClient.validAuthorization()).header("Accept", "text/html"));
        Answer textXml = api.send(io.micronaut.http.HttpRequest.GET("/v1.1/customer/get?mobile=919876543210")
                .header("Authorization", ApiClient.validAuthorization()).header("Accept", "text/xml"));

        assertThat(html.httpStatus()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("application/json");
        assertThat(textXml.httpStatus()).isEqualTo(200);
        assertThat(textXml.rawBody()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response>");
    }
}
