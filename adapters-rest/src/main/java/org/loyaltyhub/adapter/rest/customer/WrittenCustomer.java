package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Optional;
import org.loyaltyhub.adapter.rest.ItemStatus;
import org.loyaltyhub.adapter.rest.WireValues;
import org.loyaltyhub.adapter.rest.write.WriteEntry;
import org.loyaltyhub.application.port.in.write.CustomerWritten;
import org.loyaltyhub.application.port.in.write.ProgramStanding;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.ExternalId;
import org.loyaltyhub.domain.customer.Mobile;
import org.loyaltyhub.domain.ledger.PointsBalance;

/**
 * A customer as stored by customer/add or customer/update. The top-level figures are the default program's,
 * typed as customer/get types them (numbers); a non-loyalty customer shows 0 and no slab.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record WrittenCustomer(
        @JsonProperty("user_id") String userId,
        String firstname,
        String lastname,
        String mobile,
        String email,
        @JsonProperty("external_id") String externalId,
        String type,
        @JsonProperty("registered_on") String registeredOn,
        @JsonProperty("updated_on") String updatedOn,
        @JsonProperty("lifetime_points") BigDecimal lifetimePoints,
        @JsonProperty("loyalty_points") BigDecimal loyaltyPoints,
        @JsonProperty("current_slab") String currentSlab,
        @JsonProperty("tier_expiry_date") String tierExpiryDate,
        @JsonProperty("fraud_status") String fraudStatus,
        @JsonProperty("item_status") ItemStatus itemStatus) implements WriteEntry {

    static WrittenCustomer of(CustomerWritten written, ZoneId zone, ItemStatus status) {
        Customer customer = written.customer();
        Optional<ProgramStanding> main = written.standings().stream().findFirst();
        PointsBalance balance = main.map(ProgramStanding::balance).orElse(PointsBalance.EMPTY);
        return new WrittenCustomer(
                String.valueOf(customer.requireId().value()),
                customer.firstname(),
                customer.lastname(),
                customer.mobile().map(Mobile::value).orElse(null),
                customer.email().map(Email::value).orElse(null),
                customer.externalId().map(ExternalId::value).orElse(null),
                customer.type().name(),
                WireValues.dateTime(customer.registration().registeredOn(), zone),
                WireValues.dateTime(customer.updatedOn(), zone),
                WireValues.number(balance.lifetime()),
                WireValues.number(balance.available()),
                main.map(s -> s.slab().name()).orElse(null),
                main.map(s -> WireValues.date(s.slabValidUntil())).orElse(null),
                customer.fraud().status().name(),
                status);
    }
}
