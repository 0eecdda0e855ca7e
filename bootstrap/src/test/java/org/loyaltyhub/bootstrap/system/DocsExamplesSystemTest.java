package org.loyaltyhub.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/api/customer-get.md true: every JSON example on it is asked of a real server (the demo org,
 * or the system tests' seed where the page says so) and every value the example shows must be in the
 * answer, as shown. Examples show a fragment of the customer (or the whole envelope); fields they leave
 * out are not compared.
 */
class DocsExamplesSystemTest {
    private static final Path PAGE = Path.of("..", "docs", "api", "customer-get.md");
    private static final Pattern QUERY = Pattern.compile("^`(?:GET /v1\\.1/customer/get)?(\\?[^`]*)`(.*)$");

    private static EmbeddedServer demo;
    private static EmbeddedServer contract;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startServers() {
        demo = start(Map.of());
        contract = start(Map.of("loyaltyhub.seed.file", "classpath:seed/contract-org.json"));
    }

    @AfterAll
    static void stopServers() {
        demo.close();
        contract.close();
    }

    private static EmbeddedServer start(Map<String, String> extra) {
        Map<String, Object> properties = new HashMap<>(DemoServer.properties());
        properties.putAll(extra);
        properties.put("micronaut.server.port", -1);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @Test
    void everyJsonExampleOnThePageIsWhatTheServerAnswers() throws Exception {
        List<Example> examples = examples(Files.readAllLines(PAGE));
        assertThat(examples).as("examples found on " + PAGE).hasSizeGreaterThan(20);

        for (Example example : examples) {
            boolean onTestSeed = example.context().contains("system tests' seed");
            String auth = onTestSeed ? DemoServer.basic("ct.t1", "contract1") : DemoServer.basic("demo.till", "demo123");
            EmbeddedServer server = onTestSeed ? contract : demo;
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(server.getURL() + "/v1.1/customer/get" + example.query()))
                    .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = json.readTree(response.body());
            JsonNode shown = json.readTree(example.json());
            JsonNode compared = shown.has("response") ? answer
                    : answer.path("response").path("customers").path("customer").path(0);
            assertContains(compared, shown, example.query());
        }
    }

    private static void assertContains(JsonNode actual, JsonNode shown, String where) {
        if (shown.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = shown.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                assertThat(actual.has(field.getKey())).as(where + ": field " + field.getKey() + " in " + actual).isTrue();
                assertContains(actual.get(field.getKey()), field.getValue(), where + " > " + field.getKey());
            }
        } else if (shown.isArray()) {
            assertThat(actual.size()).as(where + ": number of entries").isEqualTo(shown.size());
            for (int i = 0; i < shown.size(); i++) {
                assertContains(actual.get(i), shown.get(i), where + "[" + i + "]");
            }
        } else {
            assertThat(actual).as(where).isEqualTo(shown);
        }
    }

    /** A line naming a query in backticks, then (after some prose) the first ```json block. */
    private static List<Example> examples(List<String> lines) {
        List<Example> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher query = QUERY.matcher(lines.get(i).trim());
            if (!query.matches()) {
                continue;
            }
            int start = i + 1;
            while (start < lines.size() && !lines.get(start).startsWith("```")
                    && !QUERY.matcher(lines.get(start).trim()).matches()) {
                start++;
            }
            if (start >= lines.size() || !lines.get(start).trim().equals("```json")) {
                continue;
            }
            StringBuilder body = new StringBuilder();
            int end = start + 1;
            while (!lines.get(end).startsWith("```")) {
                body.append(lines.get(end)).append('\n');
                end++;
            }
            found.add(new Example(query.group(1), query.group(2), body.toString()));
            i = end;
        }
        return found;
    }

    private record Example(String query, String context, String json) {
    }
}
