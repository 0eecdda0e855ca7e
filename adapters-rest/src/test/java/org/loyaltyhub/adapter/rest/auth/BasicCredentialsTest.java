package org.loyaltyhub.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String userAndSecret) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndSecret.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splitsAtTheFirstColon() {
        assertThat(BasicCredentials.parse(basic("till.mumbai:5f4dcc3b5aa765d61d8327deb882cf99")))
                .contains(new BasicCredentials("till.mumbai", "5f4dcc3b5aa765d61d8327deb882cf99"));
        assertThat(BasicCredentials.parse(basic("till:a:b"))).contains(new BasicCredentials("till", "a:b"));
    }

    @Test
    void refusesWhatIsNotABasicHeaderWithBothParts() {
        assertThat(BasicCredentials.parse(null)).isEmpty();
        assertThat(BasicCredentials.parse("Bearer x")).isEmpty();
        assertThat(BasicCredentials.parse("Basic %%%")).isEmpty();
        assertThat(BasicCredentials.parse(basic("no-colon"))).isEmpty();
        assertThat(BasicCredentials.parse(basic(":secret-only"))).isEmpty();
        assertThat(BasicCredentials.parse(basic("user-only:"))).isEmpty();
    }
}
