package org.loyaltyhub.bootstrap.generate;

import java.util.Optional;

/**
 * The options of {@code generate}. Heavy customers are spread evenly: with N customers and K heavy ones,
 * customers N/K, 2N/K, ... K*N/K are heavy.
 *
 * @param batchSize customers per unit of work (one commit each)
 */
record GenerateOptions(long customers, long seed, long orgId, int heavyCustomers, int heavyTransactions,
                       int batchSize) {
    static final String USAGE = """
            usage: java -jar loyaltyhub.jar generate --customers N [--seed S] [--org-id ID]
                                                     [--heavy-customers K] [--heavy-transactions T] [--batch-size B]
              --customers N            customers to create (1 to 100,000,000)
              --seed S                 random seed; the same seed on the same day gives the same data (default 1)
              --org-id ID              id of the org to create; must not exist yet (default 100)
              --heavy-customers K      customers with thousands of bills, spread evenly (default min(N, 10))
              --heavy-transactions T   bills of each heavy customer (default 2000)
              --batch-size B           customers per transaction (default 1000)
            The database is the server's (DATASOURCES_DEFAULT_URL, ...; default the embedded H2 in
            LOYALTYHUB_DATA_DIR, ./data). Flyway migrates it first; the demo seed is not loaded.""";

    GenerateOptions {
        if (customers < 1 || customers > 100_000_000) {
            throw new IllegalArgumentException("--customers must be 1 to 100,000,000, got " + customers);
        }
        if (orgId < 1 || orgId > 10_000_000_000L) {
            throw new IllegalArgumentException("--org-id must be 1 to 10,000,000,000, got " + orgId);
        }
        if (heavyCustomers < 0 || heavyCustomers > customers) {
            throw new IllegalArgumentException("--heavy-customers must be 0 to the number of customers, got "
                    + heavyCustomers);
        }
        if (heavyTransactions < 1 || heavyTransactions > 1_000_000) {
            throw new IllegalArgumentException("--heavy-transactions must be 1 to 1,000,000, got " + heavyTransactions);
        }
        if (batchSize < 1 || batchSize > 100_000) {
            throw new IllegalArgumentException("--batch-size must be 1 to 100,000, got " + batchSize);
        }
    }

    /** The options given; empty when help was asked for. */
    static Optional<GenerateOptions> parse(String[] args) {
        Long customers = null;
        long seed = 1;
        long orgId = 100;
        Integer heavyCustomers = null;
        int heavyTransactions = 2000;
        int batchSize = 1000;
        for (int a = 0; a < args.length; a++) {
            String name = args[a];
            if (name.equals("--help") || name.equals("-h")) {
                return Optional.empty();
            }
            if (a + 1 >= args.length) {
                throw new IllegalArgumentException(name.startsWith("--") ? name + " needs a value" : "unknown argument " + name);
            }
            String value = args[++a];
            switch (name) {
                case "--customers" -> customers = number(name, value);
                case "--seed" -> seed = number(name, value);
                case "--org-id" -> orgId = number(name, value);
                case "--heavy-customers" -> heavyCustomers = (int) Math.min(Integer.MAX_VALUE, number(name, value));
                case "--heavy-transactions" -> heavyTransactions = (int) Math.min(Integer.MAX_VALUE, number(name, value));
                case "--batch-size" -> batchSize = (int) Math.min(Integer.MAX_VALUE, number(name, value));
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (customers == null) {
            throw new IllegalArgumentException("--customers is required");
        }
        int heavy = heavyCustomers != null ? heavyCustomers : (int) Math.min(customers, 10);
        return Optional.of(new GenerateOptions(customers, seed, orgId, heavy, heavyTransactions, batchSize));
    }

    /** Bills of customer {@code i}'s history if it is a heavy customer, else 0. */
    int heavyBillsOf(long i) {
        if (heavyCustomers == 0) {
            return 0;
        }
        long step = customers / heavyCustomers;
        return i % step == 0 && i / step <= heavyCustomers ? heavyTransactions : 0;
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, got '" + value + "'");
        }
    }
}
