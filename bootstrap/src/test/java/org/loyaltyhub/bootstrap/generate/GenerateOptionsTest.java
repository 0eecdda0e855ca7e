package org.loyaltyhub.bootstrap.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class GenerateOptionsTest {
    private static GenerateOptions parse(String... args) {
        return GenerateOptions.parse(args).orElseThrow();
    }

    @Test
    void defaultsAreSeedOneOrgHundredTenHeavyCustomersOfTwoThousandBillsAndBatchesOfAThousand() {
        assertThat(parse("--customers", "1_000_000"))
                .isEqualTo(new GenerateOptions(1_000_000, 1, 100, 10, 2000, 1000));
        assertThat(parse("--customers", "4").heavyCustomers()).isEqualTo(4);
    }

    @Test
    void heavyCustomersAreSpreadEvenly() {
        GenerateOptions options = parse("--customers", "1000", "--heavy-customers", "4", "--heavy-transactions", "3000");
        assertThat(LongStream.rangeClosed(1, 1000).filter(i -> options.heavyBillsOf(i) > 0).boxed().toList())
                .containsExactly(250L, 500L, 750L, 1000L);
        assertThat(options.heavyBillsOf(500)).isEqualTo(3000);
        assertThat(parse("--customers", "1000", "--heavy-customers", "0").heavyBillsOf(1000)).isZero();
        // 3 heavy among 10: every third, never a fourth one at 12
        GenerateOptions uneven = parse("--customers", "10", "--heavy-customers", "3");
        assertThat(LongStream.rangeClosed(1, 10).filter(i -> uneven.heavyBillsOf(i) > 0).boxed().toList())
                .containsExactly(3L, 6L, 9L);
    }

    @Test
    void helpIsNoRunAndMistakesAreNamed() {
        assertThat(GenerateOptions.parse(new String[] {"--help"})).isEmpty();
        assertThatThrownBy(() -> parse("--customers", "0")).hasMessageContaining("--customers must be 1 to 100,000,000");
        assertThatThrownBy(() -> parse("--customers", "5", "--heavy-customers", "6"))
                .hasMessageContaining("--heavy-customers must be 0 to the number of customers");
        assertThatThrownBy(() -> parse("--customers", "5", "--colour", "red")).hasMessage("unknown option --colour");
        assertThatThrownBy(() -> parse("--customers")).hasMessage("--customers needs a value");
    }
}
