package org.loyaltyhub.bootstrap.system.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.GINA;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.TARA;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code format=xml} and {@code Accept: application/xml} (spec section 4): the same tree as the JSON
 * answer, root {@code <response>}, containers repeating their singular child, null and empty values as
 * empty elements; errors in the requested format too.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XmlFormatSystemTest implements TestPropertyProvider {
    private static final String EVERYTHING = "mobile=" + GINA + "," + TARA + ",447000000099&mlp=true&slab_history=true"
            + "&gap_to_upgrade_for=10&gap_to_renew_for=10&expiry_schedule=true&expired_points=true"
            + "&points_summary=true&promotion_points=true&card_details=true&tracker_info=true&delayed_accrual=true"
            + "&program_summary=true&next_slab=true&user_id=true&type=ALL";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ContractServer.properties(ContractServer.CONTRACT_SEED);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void xmlCarriesTheSameDataAsJson() throws Exception {
        HttpResponse<String> json = ContractServer.get(server.getURL().toString(), EVERYTHING);
        HttpResponse<String> xml = ContractServer.get(server.getURL().toString(), EVERYTHING + "&format=xml");

        assertThat(xml.statusCode()).isEqualTo(json.statusCode()).isEqualTo(201);
        assertThat(xml.headers().firstValue("content-type").orElse("")).startsWith("application/xml");
        assertThat(xml.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response>");
        Document document = parse(xml.body());
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("response");

        List<String> fromJson = new ArrayList<>();
        flatten("response", ContractServer.json(json).path("response"), fromJson);
        List<String> fromXml = new ArrayList<>();
        flatten("response", document.getDocumentElement(), fromXml);
        assertThat(fromXml).isEqualTo(fromJson);
        assertThat(fromXml).contains("response/customers/customer/coupons/coupon/code=C-ACTIVE-2",
                "response/customers/customer/item_status/warnings/warning/code=91011",
                "response/customers/customer/slab_history/history/type=DOWNGRADE",
                "response/customers/customer/email=");
    }

    @Test
    void acceptHeaderAsksForXmlAndFormatWins() throws Exception {
        HttpResponse<String> byHeader = ContractServer.get(server.getURL().toString(), "mobile=" + GINA,
                "Accept", "application/xml");
        assertThat(byHeader.statusCode()).isEqualTo(200);
        assertThat(byHeader.body()).startsWith("<?xml").contains("<firstname>Gina</firstname>");

        HttpResponse<String> formatWins = ContractServer.get(server.getURL().toString(), "mobile=" + GINA + "&format=json",
                "Accept", "application/xml");
        assertThat(formatWins.statusCode()).isEqualTo(200);
        assertThat(formatWins.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        assertThat(ContractServer.json(formatWins).path("response").path("status").path("code").asInt()).isEqualTo(200);
    }

    @Test
    void containersRepeatTheirChildAndEmptyOnesAreEmptyElements() throws Exception {
        String xml = ContractServer.get(server.getURL().toString(), "mobile=" + GINA + "&format=xml").body();
        assertThat(xml).contains("<coupons><coupon><id>").contains("</coupon><coupon><id>");
        assertThat(xml).contains("<notes/>").contains("<identifiers/>").contains("<external_id>CT-GINA</external_id>");
        assertThat(xml).contains("<lifetime_points>860</lifetime_points>");
    }

    @Test
    void errorsComeInTheRequestedFormat() throws Exception {
        HttpResponse<String> badOption = ContractServer.get(server.getURL().toString(), "mobile=" + GINA
                + "&type=FOO&format=xml");
        assertThat(badOption.statusCode()).isEqualTo(400);
        assertThat(badOption.body()).startsWith("<?xml").contains("<code>400</code>")
                .contains("parameter 'type'");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> unauthorized = http.send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/v1.1/customer/get?mobile=" + GINA + "&format=xml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.body()).startsWith("<?xml").contains("<code>401</code>");

        HttpResponse<String> notFound = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/v1.1/nothing"))
                .header("Authorization", ContractServer.AUTH).header("Accept", "application/xml").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(parse(notFound.body()).getElementsByTagName("code").item(0).getTextContent()).isEqualTo("404");
    }

    /** Every leaf as path=value in document order; arrays become repeated elements of the parent's name. */
    private static void flatten(String path, JsonNode node, List<String> out) {
        boolean emptyContainer = node.isObject() && node.size() == 1 && node.elements().next().isArray()
                && node.elements().next().isEmpty();
        if (node.isObject() && (node.isEmpty() || emptyContainer)) {
            out.add(path + "=");
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getValue().isArray() && f.getValue().isEmpty()) {
                    out.add(path + "/" + f.getKey() + "=");
                } else if (f.getValue().isArray()) {
                    for (JsonNode item : f.getValue()) {
                        flatten(path + "/" + f.getKey(), item, out);
                    }
                } else {
                    flatten(path + "/" + f.getKey(), f.getValue(), out);
                }
            });
        } else if (!node.isNull() && !node.asText().isEmpty()) {
            String text = node.isNumber() && !node.isIntegralNumber()
                    ? node.decimalValue().stripTrailingZeros().toPlainString() : node.asText();
            out.add(path + "=" + text);
        } else {
            out.add(path + "=");
        }
    }

    private static void flatten(String path, Element element, List<String> out) {
        List<Element> children = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                children.add(child);
            }
        }
        if (children.isEmpty()) {
            // an empty element stands for an empty value, an empty container or an empty list alike
            out.add(path + "=" + element.getTextContent());
            return;
        }
        for (Element child : children) {
            flatten(path + "/" + child.getTagName(), child, out);
        }
    }
}
