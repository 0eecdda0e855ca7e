package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** {@code gap_to_upgrade} and {@code gap_to_renew} of a points summary, in Capillary's shape (spec section 3). */
final class GapDtos {
    private GapDtos() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record GapToUpgrade(@JsonProperty("upgrade_strategy") List<UpgradeStrategy> upgradeStrategy) {
    }

    /** {@code upgrade_entity_identifers} is misspelled in Capillary's API; the spelling is kept. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UpgradeStrategy(@JsonProperty("upgrade_based_on") String upgradeBasedOn,
                           @JsonProperty("upgrade_entity_identifers") Map<String, String> upgradeEntityIdentifers,
                           @JsonProperty("upgrade_threshold") String upgradeThreshold,
                           @JsonProperty("customer_upgrade_entity_values") UpgradeValues customerUpgradeEntityValues) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UpgradeValues(@JsonProperty("current_value") String currentValue,
                         @JsonProperty("gap_to_upgrade") String gapToUpgrade,
                         @JsonProperty("value_valid_upto") String valueValidUpto) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record GapToRenew(@JsonProperty("tier_expiry_date") String tierExpiryDate,
                      @JsonProperty("renew_confirmed") String renewConfirmed,
                      @JsonProperty("renew_strategy") List<RenewStrategy> renewStrategy) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RenewStrategy(@JsonProperty("renew_based_on") String renewBasedOn,
                         @JsonProperty("renew_entity_identifiers") Map<String, String> renewEntityIdentifiers,
                         @JsonProperty("renew_threshold") String renewThreshold,
                         @JsonProperty("customer_renew_entity_value") String customerRenewEntityValue,
                         @JsonProperty("customer_gap_to_renew_value") String customerGapToRenewValue) {
    }
}
