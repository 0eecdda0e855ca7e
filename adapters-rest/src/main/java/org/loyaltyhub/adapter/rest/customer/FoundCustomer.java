package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import org.loyaltyhub.adapter.rest.ItemStatus;

/**
 * A customer as {@code customer/get} shows it, fields in Capillary's order (spec section 3). Absent
 * values are written as {@code null}; the fields marked NON_NULL are the ones a section flag can switch
 * off, and those are left out entirely rather than written as null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record FoundCustomer(
        String firstname,
        String lastname,
        String mobile,
        String email,
        @JsonProperty("external_id") String externalId,
        @JsonProperty("lifetime_points") BigDecimal lifetimePoints,
        @JsonProperty("lifetime_purchases") BigDecimal lifetimePurchases,
        @JsonProperty("loyalty_points") BigDecimal loyaltyPoints,
        @JsonProperty("current_slab") String currentSlab,
        @JsonProperty("registered_on") String registeredOn,
        @JsonProperty("updated_on") String updatedOn,
        String type,
        String source,
        List<Object> identifiers,
        String gender,
        @JsonProperty("registered_by") String registeredBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("registered_store") CodeName registeredStore,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("registered_till") CodeName registeredTill,
        @JsonProperty("user_groups2") List<Object> userGroups2,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("fraud_details") FraudDetailsDto fraudDetails,
        String trackers,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("user_id") String userId,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("slab_history") SlabHistoryList slabHistory,
        @JsonProperty("current_nps_status") String currentNpsStatus,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("custom_fields") FieldList customFields,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("extended_fields") FieldList extendedFields,
        @JsonInclude(JsonInclude.Include.NON_NULL) TransactionList transactions,
        @JsonInclude(JsonInclude.Include.NON_NULL) CouponList coupons,
        @JsonInclude(JsonInclude.Include.NON_NULL) NoteList notes,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("programs_list") ProgramsList programsList,
        @JsonProperty("points_summaries") PointsSummaryList pointsSummaries,
        @JsonUnwrapped OptionalSections optionalSections,
        @JsonProperty("item_status") ItemStatus itemStatus) implements CustomerEntry {
}
