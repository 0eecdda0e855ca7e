package org.loyaltyhub.application.port.in;

import java.util.List;

/** One item per requested value, in request order. */
public record CustomerLookupResult(List<CustomerLookupItem> items) {
    public CustomerLookupResult {
        items = List.copyOf(items);
    }

    public long foundCount() {
        return items.stream().filter(i -> i.outcome() == LookupOutcome.FOUND).count();
    }
}
