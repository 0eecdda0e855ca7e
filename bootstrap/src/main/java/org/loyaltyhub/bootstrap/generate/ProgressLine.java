package org.loyaltyhub.bootstrap.generate;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * One line on the terminal, rewritten in place ({@code \r}) at most every quarter second: count, percent, a
 * bar, the rate since the start and the time left at that rate.
 */
final class ProgressLine {
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final long total;
    private final long startNanos;
    private long lastDrawNanos;

    ProgressLine(PrintStream out, long total) {
        this.out = out;
        this.total = total;
        this.startNanos = System.nanoTime();
        this.lastDrawNanos = startNanos - REDRAW_NANOS;
    }

    void update(long done) {
        long now = System.nanoTime();
        if (now - lastDrawNanos >= REDRAW_NANOS || done >= total) {
            lastDrawNanos = now;
            out.print("\r" + line(done, now - startNanos));
            out.flush();
        }
    }

    /** Draws the final state and ends the line. */
    void finish(long done) {
        out.print("\r" + line(done, System.nanoTime() - startNanos) + System.lineSeparator());
        out.flush();
    }

    /** The line for {@code done} customers after {@code elapsedNanos}. */
    String line(long done, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos, 1) / 1e9;
        double rate = done / seconds;
        double fraction = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        String eta = rate > 0 ? duration((long) ((total - done) / rate)) : "?";
        return String.format(Locale.ROOT, "%,d / %,d customers %5.1f%% [%s%s] %,.0f customers/s, elapsed %s, ETA %s   ",
                done, total, fraction * 100, "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), rate,
                duration((long) seconds), eta);
    }

    static String duration(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return d.toHours() > 0 ? String.format(Locale.ROOT, "%dh%02dm%02ds", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format(Locale.ROOT, "%dm%02ds", d.toMinutes(), d.toSecondsPart());
    }
}
