package org.loyaltyhub.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/api/writes.md true: every request shown on the page is sent, in page order, to one fresh demo
 * server (demo seed, clock fixed at {@link DemoServer#NOW}), and the answer must be the one the page shows:
 * the same HTTP status and the same JSON, field for field and in the same order (XML answers character for
 * character). The only values let through are those the page says vary from run to run; a value seen there
 * (a coupon's random code) replaces the page's stand-in in the requests and answers after it, as a reader
 * would use the code their server gave.
 */
class WriteDocsExamplesSystemTest {
    private static final Path PAGE = Path.of("..", "docs", "api", "writes.md");
    private static final int WIDTH = 120;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> seenForShown = new LinkedHashMap<>();

    @Test
    void everyExampleOnThePageIsWhatAFreshDemoServerAnswersInPageOrder() throws Exception {
        WriteDocsPage page = WriteDocsPage.read(PAGE);
        assertThat(page.examples()).as("examples found on " + PAGE).hasSizeGreaterThanOrEqualTo(20);
        assertThat(page.blocksOutsideExamples()).as("code blocks on " + PAGE + " that no example claims")
                .allSatisfy(block -> assertThat(block.language()).as("block on line " + block.line())
                        .isEqualTo("bash"));

        Map<String, Object> properties = new HashMap<>(DemoServer.properties());
        properties.put("micronaut.server.port", -1);
        List<String> failures = new ArrayList<>();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            for (WriteDocsPage.Example example : page.examples()) {
                HttpResponse<String> answer = send(server, example, page.passwords());
                String failure = mismatch(example, answer);
                if (failure != null) {
                    failures.add(example.title() + "\n" + failure);
                }
            }
        }
        assertThat(failures).as("examples whose answer is not what the page shows").isEmpty();
    }

    private HttpResponse<String> send(EmbeddedServer server, WriteDocsPage.Example example,
                                      Map<String, String> passwords) throws Exception {
        String password = passwords.get(example.user());
        assertThat(password).as("password of " + example.user() + " named on the page").isNotNull();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + example.path()))
                .header("Authorization", DemoServer.basic(example.user(), password));
        example.headers().forEach(request::header);
        HttpRequest.BodyPublisher body = example.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(substituted(example.body()));
        request.method(example.method(), body);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Null when the answer is the page's; otherwise what differs and the whole answer, ready to paste. */
    private String mismatch(WriteDocsPage.Example example, HttpResponse<String> answer) throws Exception {
        String shownText = substituted(example.answer());
        if (example.answerLanguage().equals("xml")) {
            boolean same = answer.statusCode() == example.status() && answer.body().equals(shownText.trim());
            return same ? null : "HTTP " + answer.statusCode() + ", answer:\n" + answer.body();
        }
        JsonNode actual;
        try {
            actual = json.readTree(answer.body());
        } catch (JsonProcessingException notJson) {
            return "HTTP " + answer.statusCode() + ", not JSON:\n" + answer.body();
        }
        String difference = answer.statusCode() == example.status() ? null
                : "HTTP " + answer.statusCode() + " where the page shows " + example.status();
        JsonNode shown = json.readTree(shownText);
        bindVarying(shown, actual, "", example.varying());
        if (difference == null) {
            difference = difference(shown, actual, "", example.varying());
        }
        return difference == null ? null : difference + "\nanswer:\n" + pretty(actual, 0, 0);
    }

    private String difference(JsonNode shown, JsonNode actual, String where, Map<String, Pattern> varying) {
        if (shown.isObject() && actual.isObject()) {
            List<String> shownNames = names(shown);
            if (!shownNames.equals(names(actual))) {
                return (where.isEmpty() ? "the answer" : where) + ": fields " + names(actual)
                        + " where the page shows " + shownNames;
            }
            for (String name : shownNames) {
                String path = member(where, name);
                Pattern shape = varying.get(path);
                if (shape != null) {
                    String value = actual.get(name).asText();
                    if (!actual.get(name).isTextual() || !shape.matcher(value).matches()) {
                        return path + ": " + actual.get(name) + " is not of the shape " + shape;
                    }
                    continue;
                }
                String inside = difference(shown.get(name), actual.get(name), path, varying);
                if (inside != null) {
                    return inside;
                }
            }
            return null;
        }
        if (shown.isArray() && actual.isArray()) {
            if (shown.size() != actual.size()) {
                return where + ": " + actual.size() + " entries where the page shows " + shown.size();
            }
            for (int i = 0; i < shown.size(); i++) {
                String inside = difference(shown.get(i), actual.get(i), where + "[" + i + "]", varying);
                if (inside != null) {
                    return inside;
                }
            }
            return null;
        }
        return shown.equals(actual) ? null : where + ": " + actual + " where the page shows " + shown;
    }

    private static String member(String where, String name) {
        return where.isEmpty() ? name : where + "." + name;
    }

    /**
     * Remembers, for each value the page says varies, what the server gave in its place, even when the rest
     * of the answer differs, so that the requests after it still name the right thing.
     */
    private void bindVarying(JsonNode shown, JsonNode actual, String where, Map<String, Pattern> varying) {
        if (shown.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = shown.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = actual.get(field.getKey());
                String path = member(where, field.getKey());
                if (value == null) {
                    continue;
                }
                if (varying.containsKey(path) && field.getValue().isTextual() && value.isTextual()) {
                    seenForShown.put(field.getValue().asText(), value.asText());
                } else {
                    bindVarying(field.getValue(), value, path, varying);
                }
            }
        } else if (shown.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.min(shown.size(), actual.size()); i++) {
                bindVarying(shown.get(i), actual.get(i), where + "[" + i + "]", varying);
            }
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private String substituted(String text) {
        String result = text;
        for (Map.Entry<String, String> seen : seenForShown.entrySet()) {
            result = result.replace(seen.getKey(), seen.getValue());
        }
        return result;
    }

    /** JSON as the page prints it: a value on one line if it fits in {@value #WIDTH} columns, else a member a line. */
    private String pretty(JsonNode node, int indent, int column) throws Exception {
        String flat = flat(node);
        if (!node.isContainerNode() || node.isEmpty() || column + flat.length() + 1 <= WIDTH) {
            return flat;
        }
        String inner = " ".repeat(indent + 2);
        StringBuilder out = new StringBuilder(node.isObject() ? "{\n" : "[\n");
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = json.writeValueAsString(field.getKey()) + ": ";
                out.append(inner).append(key)
                        .append(pretty(field.getValue(), indent + 2, inner.length() + key.length()))
                        .append(fields.hasNext() ? ",\n" : "\n");
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                out.append(inner).append(pretty(node.get(i), indent + 2, inner.length()))
                        .append(i + 1 < node.size() ? ",\n" : "\n");
            }
        }
        return out.append(" ".repeat(indent)).append(node.isObject() ? "}" : "]").toString();
    }

    private String flat(JsonNode node) throws Exception {
        if (node.isObject()) {
            List<String> members = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                members.add(json.writeValueAsString(field.getKey()) + ": " + flat(field.getValue()));
            }
            return "{" + String.join(", ", members) + "}";
        }
        if (node.isArray()) {
            List<String> members = new ArrayList<>();
            for (JsonNode member : node) {
                members.add(flat(member));
            }
            return "[" + String.join(", ", members) + "]";
        }
        return json.writeValueAsString(node);
    }
}
