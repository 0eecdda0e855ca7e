package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.service.WriteFixture.mobile;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.fake.SampleOrg;
import org.loyaltyhub.application.port.in.write.NoteCommand;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.Note;

class AddNoteServiceTest {
    private static final String RITA = "919800000001";

    private final WriteFixture f = new WriteFixture();
    private final CustomerId rita = f.member(RITA).customer().requireId();

    @Test
    void aNoteIsSignedByTheCallerAndTouchesTheProfile() {
        f.clock.advance(Duration.ofHours(2));
        f.notes.addNote(f.till1, new NoteCommand(mobile(RITA), "Prefers e-mail receipts", null));

        assertThat(f.stored(rita).notes()).containsExactly(new Note(f.clock.now(), SampleOrg.TILL,
                "Prefers e-mail receipts"));
        assertThat(f.stored(rita).updatedOn()).isEqualTo(f.clock.now());
    }

    @Test
    void aNoteWithoutTextInTheFutureOrForAnErasedCustomerIsRefused() {
        f.assertRefused(WriteRefusal.INVALID_INPUT, "text",
                () -> f.notes.addNote(f.till1, new NoteCommand(mobile(RITA), " ", null)));
        Instant later = f.clock.now().plusSeconds(1);
        f.assertRefused(WriteRefusal.TIME_OUT_OF_ORDER,
                () -> f.notes.addNote(f.till1, new NoteCommand(mobile(RITA), "hi", later)));
        f.erase.erase(f.till1, mobile(RITA));
        f.assertRefused(WriteRefusal.CUSTOMER_ERASED, () -> f.notes.addNote(f.till1,
                new NoteCommand(new org.loyaltyhub.application.port.in.write.CustomerRef(
                        org.loyaltyhub.domain.customer.IdentifierType.ID, String.valueOf(rita.value())), "hi", null)));
    }
}
