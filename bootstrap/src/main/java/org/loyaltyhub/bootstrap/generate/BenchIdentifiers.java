package org.loyaltyhub.bootstrap.generate;

/**
 * The identifiers of generated customer number {@code i} (1 to N), so a benchmark can pick any customer
 * without reading the database: mobile {@code 9190000000000 + i}, e-mail {@code customer<i>@bench.example},
 * external id {@code BENCH<i>}, and for every fourth customer a card {@code BENCHCARD<i>} (external id
 * {@code BENCHCARDX<i>}).
 */
public final class BenchIdentifiers {
    /** 13 digits with the Indian country code; stays 13 digits for up to 809 billion customers. */
    static final long MOBILE_BASE = 9_190_000_000_000L;

    private BenchIdentifiers() {
    }

    public static String mobile(long i) {
        return Long.toString(MOBILE_BASE + i);
    }

    public static String email(long i) {
        return "customer" + i + "@bench.example";
    }

    public static String externalId(long i) {
        return "BENCH" + i;
    }

    public static boolean hasCard(long i) {
        return i % 4 == 0;
    }

    public static String cardNumber(long i) {
        return "BENCHCARD" + i;
    }

    public static String cardExternalId(long i) {
        return "BENCHCARDX" + i;
    }
}
