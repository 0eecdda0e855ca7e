package org.loyaltyhub.adapter.rest.points;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.loyaltyhub.adapter.rest.ItemStatus;
import org.loyaltyhub.adapter.rest.WireValues;
import org.loyaltyhub.adapter.rest.write.CustomerSummary;
import org.loyaltyhub.adapter.rest.write.WriteEntry;
import org.loyaltyhub.application.port.in.write.PointsRedeemed;

/** A redemption as recorded: its id, the points taken, and the program's balance right after. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record RedeemedPoints(
        CustomerSummary customer,
        @JsonProperty("points_redeemed") String pointsRedeemed,
        @JsonProperty("transaction_number") String transactionNumber,
        @JsonProperty("redemption_id") String redemptionId,
        @JsonProperty("program_id") String programId,
        String balance,
        @JsonProperty("item_status") ItemStatus itemStatus) implements WriteEntry {

    static RedeemedPoints of(PointsRedeemed redeemed, String billNumber, ItemStatus status) {
        return new RedeemedPoints(
                CustomerSummary.of(redeemed.customer(), Optional.ofNullable(redeemed.standing())),
                WireValues.text(redeemed.redeemed()),
                billNumber,
                String.valueOf(redeemed.redemptionId()),
                redeemed.standing() == null ? null : String.valueOf(redeemed.standing().program().id().value()),
                redeemed.standing() == null ? null : WireValues.text(redeemed.standing().balance().available()),
                status);
    }
}
