package org.loyaltyhub.bootstrap.generate;

import java.util.List;
import java.util.stream.Collectors;
import org.loyaltyhub.application.port.in.CouponView;
import org.loyaltyhub.application.port.in.CustomerDetails;
import org.loyaltyhub.application.port.in.CustomerLookupItem;
import org.loyaltyhub.application.port.in.CustomerLookupQuery;
import org.loyaltyhub.application.port.in.GetCustomerDetailsUseCase;
import org.loyaltyhub.application.port.in.LookupOutcome;
import org.loyaltyhub.application.port.in.LookupSections;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.org.OrgId;

/**
 * Everything {@code customer/get} shows about a customer (all sections, per-program figures, the 500 most
 * recent bills) as one text, so two databases can be compared customer by customer. Records print
 * themselves; the two entity classes (customer, coupon) are written out field by field.
 */
final class CustomerSnapshot {
    private static final LookupSections ALL = new LookupSections(true, true, true, true, true, true);

    private CustomerSnapshot() {
    }

    /** Generated customer {@code i} of the org, looked up by mobile. */
    static String of(GetCustomerDetailsUseCase lookup, OrgId orgId, long i) {
        CustomerLookupItem item = lookup.getCustomerDetails(new CustomerLookupQuery(orgId, IdentifierType.MOBILE,
                List.of(BenchIdentifiers.mobile(i)), ALL, 500)).items().get(0);
        if (item.outcome() != LookupOutcome.FOUND) {
            return "customer " + i + ": " + item.outcome();
        }
        return describe(item.details().orElseThrow());
    }

    static CustomerDetails details(GetCustomerDetailsUseCase lookup, OrgId orgId, long i) {
        return lookup.getCustomerDetails(new CustomerLookupQuery(orgId, IdentifierType.MOBILE,
                List.of(BenchIdentifiers.mobile(i)), ALL, 500)).items().get(0).details().orElseThrow();
    }

    static String describe(CustomerDetails d) {
        return describe(d.customer()) + "\nstore " + d.registeredStore() + " till " + d.registeredTill()
                + "\nprograms " + d.programs()
                + "\ntransactions " + d.transactions()
                + "\ncoupons " + d.coupons().stream().map(CustomerSnapshot::describe).collect(Collectors.joining(", "));
    }

    private static String describe(Customer c) {
        return "customer " + c.id() + " " + c.orgId() + " " + c.firstname() + " " + c.lastname() + " " + c.mobile()
                + " " + c.email() + " " + c.externalId() + " " + c.type() + " " + c.registration() + " updated "
                + c.updatedOn() + " " + c.fraud() + " custom " + c.customFields() + " extended " + c.extendedFields()
                + " cards " + c.cards() + " notes " + c.notes();
    }

    private static String describe(CouponView view) {
        Coupon c = view.coupon();
        return "coupon " + c.id() + " " + c.code() + " " + c.seriesId() + " " + c.customerId() + " " + c.createdOn()
                + " " + c.createdBy() + " " + c.validTill() + " " + c.allowedRedemptions() + " " + c.redemptions()
                + " " + view.status();
    }
}
