package org.loyaltyhub.bootstrap.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.HistoryEvent;
import org.loyaltyhub.application.port.in.OrgImport;
import org.loyaltyhub.domain.purchase.TransactionType;

class SeedFileReaderTest {
    private final SeedFileReader reader = new SeedFileReader();

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheDemoOrg() {
        OrgImport demo = reader.read(getClass().getResourceAsStream("/seed/demo-org.json"), "demo-org.json");

        assertThat(demo.setup().org().name()).isEqualTo("Demo Fashion");
        assertThat(demo.setup().org().timeZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(demo.setup().defaultProgram().slabs()).extracting(s -> s.name()).containsExactly("Blue", "Silver", "Gold");
        assertThat(demo.apiUsers()).extracting(u -> u.username()).contains("demo.till");
        CustomerImport rita = demo.customers().get(0);
        assertThat(rita.registered().mobile().orElseThrow().value()).isEqualTo("44700900999");
        assertThat(rita.registered().email().orElseThrow().value()).isEqualTo("rita.john@example.com");
        assertThat(rita.registered().externalId().orElseThrow().value()).isEqualTo("XYPZ006");
        HistoryEvent.Bill ret = rita.history().stream()
                .filter(e -> e instanceof HistoryEvent.Bill b && b.purchase().type() == TransactionType.RETURN)
                .map(HistoryEvent.Bill.class::cast).findFirst().orElseThrow();
        assertThat(ret.purchase().returnOf().number()).isEqualTo("B-1633");
    }

    @Test
    void aTypoInAFieldNameIsReportedWithItsPlace() {
        assertThatThrownBy(() -> reader.read(json("{\"org\": {\"id\": 1, \"nmae\": \"x\", \"time_zone\": \"UTC\"}}"),
                "bad.json"))
                .isInstanceOf(SeedFileException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("nmae");
    }

    @Test
    void anUnknownEventTypeNamesTheCustomerAndTheEntry() {
        String text = """
                {"org": {"id": 1, "name": "X", "time_zone": "UTC"},
                 "stores": [{"code": "s", "name": "S"}], "tills": [{"code": "t", "name": "T", "store": "s"}],
                 "programs": [{"id": 1, "title": "P", "is_default": true, "slabs": [{"serial": 1, "name": "Base"}]}],
                 "customers": [{"firstname": "Ann", "lastname": "Lee", "mobile": "447000000001",
                   "registered_on": "2026-01-01T00:00:00Z",
                   "history": [{"type": "refund", "at": "2026-01-02T00:00:00Z"}]}]}
                """;

        assertThatThrownBy(() -> reader.read(json(text), "x.json"))
                .hasMessageContaining("customer Ann Lee")
                .hasMessageContaining("history entry 1")
                .hasMessageContaining("unknown event type 'refund'");
    }

    @Test
    void aMalformedMobileIsRefused() {
        String text = """
                {"org": {"id": 1, "name": "X", "time_zone": "UTC"},
                 "programs": [{"id": 1, "title": "P", "is_default": true, "slabs": [{"serial": 1, "name": "Base"}]}],
                 "customers": [{"firstname": "Ann", "lastname": "Lee", "mobile": "12-34",
                   "registered_on": "2026-01-01T00:00:00Z"}]}
                """;

        assertThatThrownBy(() -> reader.read(json(text), "x.json")).hasMessageContaining("mobile");
    }
}
