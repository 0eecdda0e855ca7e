package org.loyaltyhub.bootstrap.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.loyaltyhub.bootstrap.system.DemoServer;

/**
 * All categories, weighted, and the one rule that turns (seed, case number) into a case: each case draws
 * from its own {@link Random}, so any single case is rebuilt from the seed and its number alone.
 */
final class Generators {
    static final String AUTH = DemoServer.basic("demo.till", "demo123");
    static final String READER = DemoServer.basic("demo.reader", "reader123");

    /** A kind of malformed request: its name, its share of the run, and how to make one. */
    record Category(String name, int weight, Function<Junk, FuzzCase> make) {
    }

    private final List<Category> categories = new ArrayList<>();
    private final int totalWeight;

    Generators() {
        categories.addAll(LookupCases.categories());
        categories.addAll(WriteCases.categories());
        categories.addAll(ProtocolCases.categories());
        totalWeight = categories.stream().mapToInt(Category::weight).sum();
    }

    List<Category> categories() {
        return categories;
    }

    FuzzCase make(long seed, int number) {
        Random random = new Random(seed * 1_000_003L + number);
        int draw = random.nextInt(totalWeight);
        for (Category category : categories) {
            draw -= category.weight();
            if (draw < 0) {
                return category.make().apply(new Junk(random));
            }
        }
        throw new IllegalStateException("weights do not add up");
    }
}
