package org.loyaltyhub.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltyhub.application.port.in.CustomerLookupQuery;
import org.loyaltyhub.application.port.in.GetCustomerDetailsUseCase;
import org.loyaltyhub.application.port.in.ImportOrgUseCase;
import org.loyaltyhub.application.port.in.LookupOutcome;
import org.loyaltyhub.bootstrap.seed.SeedFileReader;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.org.OrgId;

/** The embedded default keeps its data in files under the data folder: a restart keeps it. */
class DataSurvivesRestartTest {
    @TempDir
    Path dataDir;

    private ApplicationContext start() {
        return ApplicationContext.run(Map.of(
                "loyaltyhub.data-dir", dataDir.toString(),
                "loyaltyhub.clock.fixed", DemoServer.NOW,
                "micronaut.server.port", "-1"));
    }

    @Test
    void writesSurviveARestartAndTheSeedIsNotLoadedTwice() {
        try (ApplicationContext first = start()) {
            first.getBean(ImportOrgUseCase.class).importOrg(new SeedFileReader()
                    .read(getClass().getResourceAsStream("/seed/other-org.json"), "other-org.json"));
        }
        assertThat(Files.exists(dataDir.resolve("loyaltyhub.mv.db"))).isTrue();

        try (ApplicationContext second = start()) {
            GetCustomerDetailsUseCase lookup = second.getBean(GetCustomerDetailsUseCase.class);
            var other = lookup.getCustomerDetails(new CustomerLookupQuery(new OrgId(2), IdentifierType.MOBILE,
                    List.of("44700900999"))).items().get(0);
            var demo = lookup.getCustomerDetails(new CustomerLookupQuery(new OrgId(1), IdentifierType.MOBILE,
                    List.of("44700900999"))).items().get(0);

            assertThat(other.outcome()).isEqualTo(LookupOutcome.FOUND);
            assertThat(demo.outcome()).isEqualTo(LookupOutcome.FOUND);
            // Loaded once, on the first start: the second start found data and left it alone.
            assertThat(demo.details().orElseThrow().transactions()).hasSize(10);
        }
    }
}
