package org.loyaltyhub.adapter.rest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.RequestIdFilter;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;
import org.loyaltyhub.adapter.rest.support.RawHttp;
import org.loyaltyhub.adapter.rest.support.StubWriteUseCases;
import org.loyaltyhub.application.port.in.write.CustomerProfile;

/**
 * How a write body is read, whatever the endpoint: JSON or XML into the same items, and every way a body can
 * be unreadable answered in the envelope with a message that says where and why, never a stack trace.
 */
@MicronautTest
class WriteBodyTest {
    private static final String ADD = "/v1.1/customer/add";
    private static final String INVALID_INPUT = "Input is invalid, Please check request parameters or input xml/json";

    @Inject
    @Client("/")
    HttpClient httpClient;

    @Inject
    EmbeddedServer server;

    @Inject
    StubWriteUseCases useCases;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(httpClient);
        useCases.reset();
    }

    @Test
    void jsonAndXmlBodiesReachTheUseCaseAsTheSameItems() {
        api.postJson(ADD, "{\"root\":{\"customer\":[{\"mobile\":\"919800000001\",\"firstname\":\"Neha\"},"
                + "{\"email\":\"ravi@example.com\",\"lastname\":\"Iyer\"}]}}");
        api.postXml(ADD, "<root><customer><mobile>919800000001</mobile><firstname>Neha</firstname></customer>"
                + "<customer><email>ravi@example.com</email><lastname>Iyer</lastname></customer></root>");

        assertThat(useCases.commands(CustomerProfile.class)).hasSize(4);
        assertThat(useCases.commands(CustomerProfile.class).subList(2, 4))
                .isEqualTo(useCases.commands(CustomerProfile.class).subList(0, 2));
        assertThat(useCases.commands(CustomerProfile.class).get(0).firstname()).isEqualTo("Neha");
        assertThat(useCases.commands(CustomerProfile.class).get(1).email()).isEqualTo("ravi@example.com");
    }

    @Test
    void oneItemMayBeSentWithoutAList() {
        Answer json = api.postJson(ADD, "{\"root\":{\"customer\":{\"mobile\":\"919800000001\"}}}");
        Answer xml = api.postXml(ADD, "<root><customer><mobile>919800000001</mobile></customer></root>");

        assertThat(json.httpStatus()).isEqualTo(200);
        assertThat(xml.httpStatus()).isEqualTo(200);
        assertThat(json.entries("customers", "customer")).hasSize(1);
        assertThat(xml.body()).isEqualTo(json.body());
    }

    @Test
    void textXmlAndAnXmlDeclarationAreAccepted() {
        Answer answer = api.post(ADD, "text/xml; charset=UTF-8",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root>\n  <customer><mobile>919800000001</mobile></customer>\n</root>");

        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(useCases.only(CustomerProfile.class).mobile()).isEqualTo("919800000001");
    }

    @Test
    void withoutAContentTypeTheBodyTellsItsFormat() {
        RawHttp raw = new RawHttp(server.getURL());

        Answer xml = raw.post(ADD, RawHttp.authorizedWithoutContentType(),
                "<root><customer><mobile>919800000001</mobile></customer></root>");
        Answer json = raw.post(ADD, RawHttp.authorizedWithoutContentType(),
                "{\"root\":{\"customer\":{\"email\":\"neha@example.com\"}}}");

        assertThat(xml.httpStatus()).isEqualTo(200);
        assertThat(json.httpStatus()).isEqualTo(200);
        assertThat(useCases.commands(CustomerProfile.class)).extracting(CustomerProfile::mobile, CustomerProfile::email)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("919800000001", null),
                        org.assertj.core.groups.Tuple.tuple(null, "neha@example.com"));
    }

    @Test
    void malformedJsonIs400SayingWhere() {
        Answer answer = api.postJson(ADD, "{\"root\":{\"customer\":");

        assertRejected(answer, "400", "Malformed JSON at line 1, column 21: Unexpected end-of-input within/between Object entries");
    }

    @Test
    void trailingGarbageAfterJsonIs400() {
        Answer answer = api.postJson(ADD, "{\"root\":{\"customer\":{\"mobile\":\"919800000001\"}}} extra");

        assertThat(answer.httpStatus()).isEqualTo(400);
        assertThat(rejection(answer).get("message").asText()).isEqualTo("Malformed JSON at line 1, column 54: "
                + "Unrecognized token 'extra': was expecting (JSON String, Number, Array, Object or token 'null', "
                + "'true' or 'false')");
    }

    @Test
    void malformedXmlIs400SayingWhere() {
        Answer answer = api.postXml(ADD, "<root><customer></root>");

        assertRejected(answer, "400", "Malformed XML at line 1, column 23: Unexpected close tag </root>; expected </customer>.");
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedSoNoEntityIsEverRead() {
        Answer answer = api.postXml(ADD, "<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<root><customer><firstname>&xxe;</firstname><mobile>919800000001</mobile></customer></root>");

        assertRejected(answer, "400", "XML with a document type declaration (<!DOCTYPE ...>) is not accepted");
        assertThat(answer.rawBody()).doesNotContain("root:x:0:0");
    }

    @Test
    void anUndeclaredEntityIs400() {
        Answer answer = api.postXml(ADD, "<root><customer><firstname>&xxe;</firstname></customer></root>");

        assertRejected(answer, "400", "Malformed XML at line 1, column 33: Undeclared general entity \"xxe\"");
    }

    @Test
    void jsonWithoutRootIs400() {
        Answer answer = api.postJson(ADD, "{\"customer\":{\"mobile\":\"919800000001\"}}");

        assertRejected(answer, "400", "The JSON body must be an object with a root object: {\"root\": {...}}");
    }

    @Test
    void aRootWithoutItemsIs400NamingWhatIsMissing() {
        assertRejected(api.postJson(ADD, "{\"root\":{}}"), "400", "root.customer is missing: send at least one customer");
        assertRejected(api.postXml(ADD, "<root/>"), "400", "root.customer is missing: send at least one customer");
        assertRejected(api.postJson(ADD, "{\"root\":{\"customer\":[]}}"), "400", "root.customer is empty: send at least one customer");
    }

    @Test
    void anEmptyBodyIs400() {
        assertRejected(api.postJson(ADD, ""), "400",
                "The request has no body: send {\"root\": {...}} as JSON or <root>...</root> as XML");
    }

    @Test
    void wrongContentTypeIs415InTheEnvelope() {
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded"}) {
            Answer answer = api.post(ADD, type, "mobile=919800000001");

            assertThat(answer.httpStatus()).isEqualTo(415);
            assertThat(answer.body()).isEqualTo(json("{\"response\":{\"status\":{\"success\":\"false\",\"code\":415,"
                    + "\"message\":\"Unsupported media type: send the body with Content-Type application/json or "
                    + "application/xml\",\"total\":\"0\",\"success_count\":\"0\"}}}"));
            assertThat(answer.header(RequestIdFilter.HEADER)).isNotBlank();
        }
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void theRejectionIsInXmlWhenXmlIsAskedFor() {
        Answer answer = api.postJson(ADD + "?format=xml", "{\"root\":");

        assertThat(answer.httpStatus()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/xml");
        assertThat(answer.rawBody()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><status>"
                + "<success>false</success><code>400</code>")
                .contains("<customers><customer><item_status><success>false</success><code>400</code>"
                        + "<message>Malformed JSON at line 1, column 9: Unexpected end-of-input within/between "
                        + "Object entries</message><warnings/></item_status></customer></customers></response>");
    }

    @Test
    void anItemOfTheWrongShapeFailsAloneNamingTheField() {
        Answer answer = api.postJson(ADD, "{\"root\":{\"customer\":[{\"mobile\":\"919800000001\","
                + "\"custom_fields\":{\"field\":[{\"name\":{\"nested\":true},\"value\":\"x\"}]}},"
                + "{\"mobile\":\"919800000002\"}]}}");

        assertThat(answer.httpStatus()).isEqualTo(201);
        assertThat(answer.requestStatus()).isEqualTo(json("{\"success\":\"false\",\"code\":201,"
                + "\"message\":\"Some requests have failed due to errors\",\"total\":\"2\",\"success_count\":\"1\"}"));
        assertThat(answer.entries("customers", "customer").get(0)).isEqualTo(json("{\"mobile\":\"919800000001\","
                + "\"item_status\":{\"success\":\"false\",\"code\":\"400\",\"message\":"
                + "\"customer.custom_fields.field[0].name has the wrong shape: expected a text value\","
                + "\"warnings\":{\"warning\":[]}}}"));
        assertThat(useCases.only(CustomerProfile.class).mobile()).isEqualTo("919800000002");
    }

    @Test
    void anUnexpectedFailureFailsOnlyItsItemAndTellsNoInternals() {
        Answer answer = api.postJson(ADD, "{\"root\":{\"customer\":[{\"external_id\":\"boom\"},"
                + "{\"mobile\":\"919800000002\"}]}}");

        assertThat(answer.httpStatus()).isEqualTo(201);
        assertThat(answer.entries("customers", "customer").get(0)).isEqualTo(json("{\"external_id\":\"boom\","
                + "\"item_status\":{\"success\":\"false\",\"code\":\"500\",\"message\":"
                + "\"Internal server error, please try again later\",\"warnings\":{\"warning\":[]}}}"));
        assertThat(answer.entries("customers", "customer").get(1).at("/item_status/code").asText()).isEqualTo("1000");
        assertThat(answer.rawBody()).doesNotContain("jdbc", "secret", "Exception");
    }

    private static JsonNode rejection(Answer answer) {
        return answer.entries("customers", "customer").get(0).get("item_status");
    }

    private void assertRejected(Answer answer, String itemCode, String message) {
        assertThat(answer.httpStatus()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo(json("{\"response\":{\"status\":{\"success\":\"false\",\"code\":400,"
                + "\"message\":\"" + INVALID_INPUT + "\",\"total\":\"1\",\"success_count\":\"0\"},"
                + "\"customers\":{\"customer\":[{\"item_status\":{\"success\":\"false\",\"code\":\"" + itemCode + "\","
                + "\"message\":" + ApiClient.quoted(message) + ",\"warnings\":{\"warning\":[]}}}]}}}"));
        assertThat(useCases.calls()).as("nothing reaches the use case").isEmpty();
    }

    @Test
    void aMemberNamedTwiceIsMalformedJsonNotTheLastOneWins() {
        Answer answer = api.postJson(ADD, "{\"root\":{\"customer\":{\"mobile\":\"12ab\"},"
                + "\"customer\":{\"mobile\":\"919800000001\"}}}");

        assertThat(answer.httpStatus()).isEqualTo(400);
        assertThat(answer.entries("customers", "customer").get(0).at("/item_status/message").asText())
                .startsWith("Malformed JSON at line 1, column ").endsWith(": Duplicate field 'customer'");
        assertThat(useCases.commands(CustomerProfile.class)).isEmpty();
    }

    @Test
    void aBodyThatIsNotUtf8IsMalformedJsonEvenWhenTheParserKnowsTheName() {
        // Jackson reads "mob<0xFF>ile" as "mobile" once it has seen "mobile": the body must be refused before.
        api.postJson(ADD, "{\"root\":{\"customer\":{\"mobile\":\"919800000001\"}}}");
        int before = useCases.commands(CustomerProfile.class).size();
        byte[] body = "{\"root\":{\"customer\":{\"mob_ile\":\"919800000002\"}}}".getBytes(StandardCharsets.UTF_8);
        body[new String(body, StandardCharsets.UTF_8).indexOf('_')] = (byte) 0xFF;

        Answer answer = api.send(HttpRequest.POST(ADD, body)
                .header(HttpHeaders.CONTENT_TYPE, "application/json")
                .header(HttpHeaders.AUTHORIZATION, ApiClient.validAuthorization()));

        assertThat(answer.httpStatus()).isEqualTo(400);
        assertThat(answer.entries("customers", "customer").get(0).at("/item_status/message").asText())
                .isEqualTo("Malformed JSON: the body is not valid UTF-8");
        assertThat(useCases.commands(CustomerProfile.class)).hasSize(before);
    }

    @Test
    void parserMessagesNameNoJavaTypes() {
        Answer answer = api.postJson(ADD, "{\"root\":{\"customer\":{\"mobile\":\"919800000001\"}}}{}");

        assertThat(answer.httpStatus()).isEqualTo(400);
        assertThat(answer.entries("customers", "customer").get(0).at("/item_status/message").asText())
                .startsWith("Malformed JSON at line 1, column ")
                .endsWith(": Trailing token (of type START_OBJECT) found after value");
        assertThat(answer.rawBody()).doesNotContain("com.fasterxml").doesNotContain("FAIL_ON");
    }

    @Test
    void contentAfterTheXmlRootElementIsMalformedNotIgnored() {
        Answer answer = api.postXml(ADD, "<root><customer><mobile>919800000001</mobile></customer></root><x/>");

        assertThat(answer.httpStatus()).isEqualTo(400);
        assertThat(answer.entries("customers", "customer").get(0).at("/item_status/message").asText())
                .startsWith("Malformed XML");
        assertThat(useCases.commands(CustomerProfile.class)).isEmpty();
    }
}
