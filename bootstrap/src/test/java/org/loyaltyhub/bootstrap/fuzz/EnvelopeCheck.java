package org.loyaltyhub.bootstrap.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The oracle's common part: whatever the category, an answer is a well-formed envelope in the format asked
 * for, its HTTP status equals {@code status.code}, it carries a request id, it shows no trace of the server's
 * insides, and its codes are the ones the case expects.
 */
final class EnvelopeCheck {
    /** Text that only a leaked stack trace or exception would put in a body. */
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "at org.", "at java.", "at io.",
            "java.", "javax.", "io.micronaut", "io.netty", "com.fasterxml", "com.ctc", "org.loyaltyhub", "Caused by",
            "StackOverflow", "OutOfMemory", "NullPointer");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EnvelopeCheck() {
    }

    /** What is wrong with the answer; empty when it is what the contract says. */
    static List<String> problems(FuzzCase fuzz, RawConnection.Answer answer) {
        List<String> problems = new ArrayList<>();
        FuzzCase.Expected expected = fuzz.expected();
        if (!expected.statuses().contains(answer.status())) {
            problems.add("HTTP " + answer.status() + ", expected " + expected.statuses());
        }
        if (answer.header("x-cap-requestid") == null || answer.header("x-cap-requestid").isBlank()) {
            problems.add("no X-Cap-Requestid header");
        }
        String text = answer.text();
        for (String leak : LEAKS) {
            if (text.contains(leak) && !requestContains(fuzz, leak)) {
                problems.add("the body shows '" + leak + "'");
            }
        }
        JsonNode tree;
        try {
            tree = fuzz.xml() ? xmlTree(answer) : jsonTree(answer);
        } catch (Exception unreadable) {
            problems.add("not a " + (fuzz.xml() ? "XML" : "JSON") + " envelope: " + unreadable.getMessage());
            return problems;
        }
        JsonNode status = tree.path("response").path("status");
        if (!status.isObject()) {
            problems.add("no response.status");
            return problems;
        }
        if (!fuzz.xml() && !status.path("code").isInt()) {
            problems.add("status.code is not a JSON number");
        }
        if (status.path("code").asInt(-1) != answer.status()) {
            problems.add("status.code " + status.path("code").asText() + " differs from HTTP " + answer.status());
        }
        String success = status.path("success").asText();
        if (!success.equals(answer.status() == 200 ? "true" : "false")) {
            problems.add("status.success '" + success + "' for HTTP " + answer.status());
        }
        if (status.path("message").asText().isBlank()) {
            problems.add("status.message is empty");
        }
        if (!status.has("total") || !status.has("success_count")) {
            problems.add("status lacks total or success_count");
        }
        problems.addAll(itemProblems(expected, tree.path("response")));
        return problems;
    }

    private static List<String> itemProblems(FuzzCase.Expected expected, JsonNode response) {
        List<String> problems = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        response.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("status")) {
                items.addAll(field.getValue().findValues("item_status"));
            }
        });
        if (expected.items() == null) {
            if (!items.isEmpty()) {
                problems.add("expected a status-only envelope, got " + items.size() + " item(s)");
            }
            return problems;
        }
        if (items.isEmpty() && expected.itemsOptional()) {
            return problems;
        }
        if (items.size() != expected.items().size()) {
            problems.add(items.size() + " item(s), expected " + expected.items().size() + ": codes " + codes(items));
            return problems;
        }
        boolean mentioned = expected.mention() == null;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String code = item.path("code").asText();
            Set<String> allowed = expected.items().get(i);
            if (!allowed.contains(code)) {
                problems.add("item " + i + " has code " + code + " (" + item.path("message").asText() + "), expected "
                        + allowed);
            }
            if (item.path("message").asText().isBlank()) {
                problems.add("item " + i + " has no message");
            }
            if (!item.path("success").asText().equals(Set.of("1000", "600", "700", "800").contains(code) ? "true" : "false")) {
                problems.add("item " + i + " success '" + item.path("success").asText() + "' for code " + code);
            }
            if (!mentioned && item.path("message").asText().contains(expected.mention())) {
                mentioned = true;
            }
        }
        if (!mentioned) {
            problems.add("no item message names " + expected.mention() + ": " + codes(items));
        }
        return problems;
    }

    private static List<String> codes(List<JsonNode> items) {
        return items.stream().map(i -> i.path("code").asText() + " " + i.path("message").asText()).toList();
    }

    /** A body that merely echoes what the client sent is no leak. */
    private static boolean requestContains(FuzzCase fuzz, String text) {
        return fuzz.target().contains(text) || (fuzz.body() != null
                && new String(fuzz.body(), java.nio.charset.StandardCharsets.UTF_8).contains(text));
    }

    private static JsonNode jsonTree(RawConnection.Answer answer) throws Exception {
        String type = answer.header("content-type");
        if (type == null || !type.toLowerCase().contains("json")) {
            throw new IllegalStateException("Content-Type " + type);
        }
        return JSON.readTree(answer.body());
    }

    /** The XML answer, checked for well-formedness (no DTDs), as a tree shaped like the JSON one. */
    private static JsonNode xmlTree(RawConnection.Answer answer) throws Exception {
        String type = answer.header("content-type");
        if (type == null || !type.toLowerCase().contains("xml")) {
            throw new IllegalStateException("Content-Type " + type);
        }
        if (!answer.text().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")) {
            throw new IllegalStateException("no XML declaration");
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        Element root = builder.parse(new ByteArrayInputStream(answer.body())).getDocumentElement();
        ObjectNode tree = NODES.objectNode();
        tree.set(root.getTagName(), toNode(root));
        return tree;
    }

    private static JsonNode toNode(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            }
        }
        if (children.isEmpty()) {
            return NODES.textNode(element.getTextContent());
        }
        ObjectNode object = NODES.objectNode();
        for (Element child : children) {
            JsonNode value = toNode(child);
            JsonNode existing = object.get(child.getTagName());
            if (existing == null) {
                object.set(child.getTagName(), value);
            } else if (existing instanceof ArrayNode list) {
                list.add(value);
            } else {
                object.set(child.getTagName(), NODES.arrayNode().add(existing).add(value));
            }
        }
        return object;
    }
}
