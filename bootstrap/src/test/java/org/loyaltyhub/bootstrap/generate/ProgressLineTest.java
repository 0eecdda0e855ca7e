package org.loyaltyhub.bootstrap.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    @Test
    void showsCountPercentBarRateAndTimeLeft() {
        ProgressLine progress = new ProgressLine(new PrintStream(new ByteArrayOutputStream()), 1_000_000);

        // 250,000 customers in 100 s: 2,500 per second, 300 s left
        assertThat(progress.line(250_000, 100_000_000_000L)).isEqualTo(
                "250,000 / 1,000,000 customers  25.0% [########......................] 2,500 customers/s,"
                        + " elapsed 1m40s, ETA 5m00s   ");
        assertThat(ProgressLine.duration(3_725)).isEqualTo("1h02m05s");
    }

    @Test
    void rewritesOneLineAndEndsIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressLine progress = new ProgressLine(new PrintStream(out, true), 10);
        progress.update(10);
        progress.finish(10);

        assertThat(out.toString()).startsWith("\r10 / 10 customers 100.0% [##############################]")
                .endsWith(System.lineSeparator()).doesNotContain("\n\r");
    }
}
