package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.loyaltyhub.adapter.rest.ItemStatus;
import org.loyaltyhub.domain.customer.IdentifierType;

/**
 * An entry for a value that found no customer: only the identifier that was asked for, under its own
 * parameter name, and the item status. An empty value has nothing to echo, so its entry holds only the
 * status (as in the spec's worked example).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record FailedCustomer(
        @JsonInclude(JsonInclude.Include.NON_NULL) String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) String mobile,
        @JsonInclude(JsonInclude.Include.NON_NULL) String email,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("external_id") String externalId,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("card_number") String cardNumber,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("card_external_id") String cardExternalId,
        @JsonProperty("item_status") ItemStatus itemStatus) implements CustomerEntry {

    static FailedCustomer of(IdentifierType type, String requestedValue, ItemStatus status) {
        String value = requestedValue == null || requestedValue.isEmpty() ? null : requestedValue;
        return new FailedCustomer(
                type == IdentifierType.ID ? value : null,
                type == IdentifierType.MOBILE ? value : null,
                type == IdentifierType.EMAIL ? value : null,
                type == IdentifierType.EXTERNAL_ID ? value : null,
                type == IdentifierType.CARD_NUMBER ? value : null,
                type == IdentifierType.CARD_EXTERNAL_ID ? value : null,
                status);
    }

    /** An entry that names no identifier, for a request rejected as a whole. */
    static FailedCustomer withoutIdentifier(ItemStatus status) {
        return new FailedCustomer(null, null, null, null, null, null, status);
    }
}
