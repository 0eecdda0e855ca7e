package org.loyaltyhub.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.bootstrap.system.DemoServer;

/**
 * {@code /prometheus} on the real server after a few lookups and a write: request counts and latency buckets
 * per route template (never the raw URL), the connection pool's gauges and the JVM's basics, in Prometheus'
 * text format, without Basic auth, and with no mobile number or e-mail in any series.
 */
class MetricsSystemTest {
    private static final String CUSTOMER_GET = "/v1.1/customer/get";

    @Test
    void prometheusShowsRequestsPerRouteThePoolAndTheJvmWithoutPersonalData() throws Exception {
        Map<String, Object> properties = new HashMap<>(DemoServer.properties());
        properties.put("micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            OpsHttp http = new OpsHttp(server.getURL().toString());
            for (int i = 0; i < 3; i++) {
                assertThat(http.getAsTill(CUSTOMER_GET + "?mobile=" + OpsHttp.RITA_MOBILE).statusCode()).isEqualTo(200);
            }
            assertThat(http.getAsTill(CUSTOMER_GET + "?email=" + OpsHttp.RITA_EMAIL + "&mlp=true").statusCode())
                    .isEqualTo(200);
            assertThat(http.postAsTill("/v1.1/transaction/add", OpsHttp.billForRita("M-1")).statusCode()).isEqualTo(200);
            // An identifier in a path no route knows must not become a series of its own.
            assertThat(http.getAsTill("/v1.1/customer/447700900999").statusCode()).isEqualTo(404);

            HttpResponse<String> scrape = http.get("/prometheus", Map.of());

            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain"));
            List<PrometheusSample> samples = PrometheusSample.parse(scrape.body());

            List<PrometheusSample> lookupBuckets = samples.stream()
                    .filter(s -> s.name().equals("http_server_requests_seconds_bucket"))
                    .filter(s -> s.has("uri", CUSTOMER_GET) && s.has("method", "GET") && s.has("status", "200"))
                    .toList();
            assertThat(lookupBuckets).hasSizeGreaterThan(10);
            assertThat(lookupBuckets).anySatisfy(bucket -> {
                assertThat(bucket.labels()).containsEntry("le", "+Inf");
                assertThat(bucket.value()).isEqualTo(4.0);
            });
            assertThat(value(samples, "http_server_requests_seconds_count", CUSTOMER_GET, "GET", "200")).isEqualTo(4.0);
            assertThat(value(samples, "http_server_requests_seconds_count", "/v1.1/transaction/add", "POST", "200"))
                    .isEqualTo(1.0);
            assertThat(value(samples, "http_server_requests_seconds_count", "NOT_FOUND", "GET", "404")).isEqualTo(1.0);

            // The pool (Hikari's own gauges, pool size from loyaltyhub.db.pool-size) and the JVM.
            assertThat(single(samples, "hikaricp_connections_max").value()).isEqualTo(10.0);
            assertThat(single(samples, "hikaricp_connections_active").value()).isGreaterThanOrEqualTo(0.0);
            assertThat(single(samples, "hikaricp_connections_idle").value()).isGreaterThanOrEqualTo(0.0);
            assertThat(single(samples, "hikaricp_connections_pending").value()).isEqualTo(0.0);
            assertThat(samples).anySatisfy(s -> assertThat(s.name()).isEqualTo("jvm_memory_used_bytes"));
            assertThat(samples).anySatisfy(s -> assertThat(s.name()).isEqualTo("jvm_threads_live_threads"));

            assertThat(scrape.body()).doesNotContain(OpsHttp.RITA_MOBILE, "447700900999", OpsHttp.RITA_EMAIL,
                    "example.com");
        }
    }

    private static double value(List<PrometheusSample> samples, String name, String uri, String method, String status) {
        return samples.stream()
                .filter(s -> s.name().equals(name) && s.has("uri", uri) && s.has("method", method) && s.has("status", status))
                .mapToDouble(PrometheusSample::value)
                .sum();
    }

    private static PrometheusSample single(List<PrometheusSample> samples, String name) {
        List<PrometheusSample> found = samples.stream().filter(s -> s.name().equals(name)).toList();
        assertThat(found).as(name).hasSize(1);
        return found.get(0);
    }
}
