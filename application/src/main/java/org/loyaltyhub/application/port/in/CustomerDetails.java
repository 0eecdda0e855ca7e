package org.loyaltyhub.application.port.in;

import java.util.List;
import java.util.Optional;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.org.Org;
import org.loyaltyhub.domain.org.Store;
import org.loyaltyhub.domain.org.Till;

/**
 * Everything a lookup found about one customer. The top-level figures are the default program's
 * ({@link #defaultProgram()}); non-loyalty customers have no program summaries.
 * Sections that were not asked for are empty lists.
 */
public record CustomerDetails(Customer customer, Org org, Optional<Store> registeredStore,
                              Optional<Till> registeredTill, List<ProgramSummary> programs,
                              List<TransactionView> transactions, List<CouponView> coupons) {
    public CustomerDetails {
        programs = List.copyOf(programs);
        transactions = List.copyOf(transactions);
        coupons = List.copyOf(coupons);
    }

    /** The default program's summary; empty for a non-loyalty customer. */
    public Optional<ProgramSummary> defaultProgram() {
        return programs.stream().filter(p -> p.program().isDefault()).findFirst();
    }
}
