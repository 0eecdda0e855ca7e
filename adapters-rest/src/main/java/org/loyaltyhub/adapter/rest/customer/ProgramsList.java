package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code program_summary=true}: {@code "programs_list": {"program": [...]}}, each program of the org with
 * the customer's {@code program_summary} in it. Our shape; Capillary's is not published.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ProgramsList(List<Program> program) {
    ProgramsList {
        program = List.copyOf(program);
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Program(String id, String title, String description, @JsonProperty("is_default") String isDefault,
                   @JsonProperty("points_to_currency_ratio") String pointsToCurrencyRatio,
                   @JsonProperty("program_summary") Summary programSummary) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Summary(@JsonProperty("loyalty_points") String loyaltyPoints,
                   @JsonProperty("lifetime_points") String lifetimePoints,
                   @JsonProperty("current_slab") String currentSlab,
                   @JsonProperty("slab_serial_number") String slabSerialNumber,
                   @JsonProperty("slab_expiry_date") String slabExpiryDate,
                   @JsonProperty("next_slab") String nextSlab) {
    }
}
