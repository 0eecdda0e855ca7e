package org.loyaltyhub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void carries_the_rule_code_and_message() {
        DomainException e = new DomainException("INSUFFICIENT_POINTS", "only 5 available");
        assertThat(e.code()).isEqualTo("INSUFFICIENT_POINTS");
        assertThat(e).hasMessage("only 5 available").isInstanceOf(RuntimeException.class);
    }
}
