package org.loyaltyhub.application.port.in;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.ProfileExtras;
import org.loyaltyhub.domain.org.Org;
import org.loyaltyhub.domain.org.Store;
import org.loyaltyhub.domain.org.Till;

/**
 * Everything a lookup found about one customer. The top-level figures are the default program's
 * ({@link #defaultProgram()}); non-loyalty customers have no program summaries.
 * Sections that were not asked for are empty lists. {@code fieldLabels} are the extended-field labels in
 * the language the lookup asked for (field name to label), empty without a translation.
 */
public record CustomerDetails(Customer customer, Org org, Optional<Store> registeredStore,
                              Optional<Till> registeredTill, List<ProgramSummary> programs,
                              List<TransactionView> transactions, List<CouponView> coupons, List<Store> orgStores,
                              Map<String, String> fieldLabels, ProfileExtras extras) {
    public CustomerDetails {
        extras = extras == null ? ProfileExtras.NONE : extras;
        fieldLabels = Map.copyOf(fieldLabels == null ? Map.of() : fieldLabels);
        orgStores = List.copyOf(orgStores == null ? List.of() : orgStores);
        programs = List.copyOf(programs);
        transactions = List.copyOf(transactions);
        coupons = List.copyOf(coupons);
    }

    public CustomerDetails(Customer customer, Org org, Optional<Store> registeredStore, Optional<Till> registeredTill,
                           List<ProgramSummary> programs, List<TransactionView> transactions, List<CouponView> coupons) {
        this(customer, org, registeredStore, registeredTill, programs, transactions, coupons, List.of(), Map.of(),
                ProfileExtras.NONE);
    }

    /** A store of the org by code, to name the stores that history entries refer to. */
    public Optional<Store> store(String code) {
        return orgStores.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /**
     * The program the top-level figures come from: the default program, or the one program a lookup was
     * limited to ({@code program_id}); empty for a non-loyalty customer.
     */
    public Optional<ProgramSummary> defaultProgram() {
        return programs.stream().filter(p -> p.program().isDefault()).findFirst()
                .or(() -> programs.stream().findFirst());
    }
}
