package org.loyaltyhub.adapter.rest.transaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.loyaltyhub.adapter.rest.WireValues;
import org.loyaltyhub.application.port.in.write.ProgramStanding;
import org.loyaltyhub.application.port.in.write.TransactionRecorded;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.tier.SlabChange;

/**
 * One of a bill's {@code side_effects}. {@code points} is Capillary's ({@code awarded_points}); we add
 * {@code deducted_points} (what a return took back) to it, and a {@code slab} effect per slab move the bill
 * caused, which is ours.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Effect(String type,
              @JsonProperty("awarded_points") String awardedPoints,
              @JsonProperty("deducted_points") String deductedPoints,
              @JsonProperty("change_type") String changeType,
              String from,
              String to,
              @JsonProperty("program_id") String programId,
              @JsonProperty("valid_until") String validUntil) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Effects(List<Effect> effect) {
        Effects {
            effect = List.copyOf(effect);
        }
    }

    /** Nothing for an anonymous bill; otherwise the points effect, then one per slab move. */
    static Effects of(TransactionRecorded recorded) {
        if (recorded.customer().isEmpty()) {
            return new Effects(List.of());
        }
        Optional<Program> program = recorded.standing().map(ProgramStanding::program);
        List<Effect> effects = new java.util.ArrayList<>();
        effects.add(new Effect("points", WireValues.text(recorded.pointsAwarded()),
                WireValues.text(recorded.pointsDeducted()), null, null, null,
                program.map(p -> String.valueOf(p.id().value())).orElse(null), null));
        for (SlabChange change : recorded.slabChanges()) {
            Optional<Program> same = program.filter(p -> p.id().equals(change.programId()));
            effects.add(new Effect("slab", null, null, change.type().name(),
                    slabName(same, change.fromSerial()), slabName(same, change.toSerial()),
                    String.valueOf(change.programId().value()), WireValues.date(change.validUntil())));
        }
        return new Effects(effects);
    }

    /** The slab's name when its program is at hand, else its serial number. */
    private static String slabName(Optional<Program> program, int serial) {
        return program.filter(p -> serial <= p.slabs().size()).map(p -> p.slab(serial).name())
                .orElse(String.valueOf(serial));
    }
}
