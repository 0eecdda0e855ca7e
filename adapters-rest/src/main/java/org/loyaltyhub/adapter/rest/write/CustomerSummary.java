package org.loyaltyhub.adapter.rest.write;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.loyaltyhub.adapter.rest.WireValues;
import org.loyaltyhub.application.port.in.write.ProgramStanding;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.ExternalId;
import org.loyaltyhub.domain.customer.Mobile;

/**
 * The customer an entry of transaction/add, points/redeem or coupon issue/redeem is about, with the figures of
 * the program the write touched, as they are right after it. Embedded in an entry, so every value is a
 * string, as in customer/get's embedded rows; figures are null for a customer outside the loyalty program.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CustomerSummary(
        @JsonProperty("user_id") String userId,
        String mobile,
        String email,
        @JsonProperty("external_id") String externalId,
        String firstname,
        String lastname,
        String type,
        @JsonProperty("loyalty_points") String loyaltyPoints,
        @JsonProperty("lifetime_points") String lifetimePoints,
        @JsonProperty("current_slab") String currentSlab,
        @JsonProperty("tier_expiry_date") String tierExpiryDate) {

    public static CustomerSummary of(Customer customer, Optional<ProgramStanding> standing) {
        return new CustomerSummary(
                customer.id().map(id -> String.valueOf(id.value())).orElse(null),
                customer.mobile().map(Mobile::value).orElse(null),
                customer.email().map(Email::value).orElse(null),
                customer.externalId().map(ExternalId::value).orElse(null),
                customer.firstname(),
                customer.lastname(),
                customer.type().name(),
                standing.map(s -> WireValues.text(s.balance().available())).orElse(null),
                standing.map(s -> WireValues.text(s.balance().lifetime())).orElse(null),
                standing.map(s -> s.slab().name()).orElse(null),
                standing.map(s -> WireValues.date(s.slabValidUntil())).orElse(null));
    }
}
