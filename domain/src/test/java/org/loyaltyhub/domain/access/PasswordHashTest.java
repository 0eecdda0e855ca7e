package org.loyaltyhub.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.org.OrgId;

class PasswordHashTest {
    /** The lowest count the rule allows: keeps these tests fast. */
    private static final int FAST = 10_000;
    /** md5hex("secret"), what a Capillary client sends. */
    private static final String SECRET = "5ebe2294ecd0e0f08eab7690d2a6ee69";

    @Test
    void matches_the_right_secret_only() {
        PasswordHash hash = PasswordHash.of(SECRET, FAST);
        assertThat(hash.matches(SECRET)).isTrue();
        assertThat(hash.matches(SECRET.toUpperCase())).isFalse();
        assertThat(hash.matches("secret")).isFalse();
        assertThat(hash.matches("")).isFalse();
        assertThat(hash.matches(null)).isFalse();
    }

    @Test
    void two_hashes_of_one_secret_differ_by_their_salt() {
        PasswordHash a = PasswordHash.of(SECRET, FAST);
        PasswordHash b = PasswordHash.of(SECRET, FAST);
        assertThat(a.salt()).isNotEqualTo(b.salt());
        assertThat(a.hash()).isNotEqualTo(b.hash());
        assertThat(a).isNotEqualTo(b);
        assertThat(a.encoded()).isNotEqualTo(b.encoded());
        assertThat(a.matches(SECRET)).isTrue();
        assertThat(b.matches(SECRET)).isTrue();
    }

    @Test
    void parse_of_the_encoded_form_round_trips() {
        PasswordHash hash = PasswordHash.of(SECRET, FAST);
        String stored = hash.encoded();

        PasswordHash parsed = PasswordHash.parse(stored);

        assertThat(stored).startsWith("pbkdf2-sha256$10000$");
        assertThat(parsed).isEqualTo(hash);
        assertThat(parsed.hashCode()).isEqualTo(hash.hashCode());
        assertThat(parsed.iterations()).isEqualTo(FAST);
        assertThat(parsed.encoded()).isEqualTo(stored);
        assertThat(parsed.matches(SECRET)).isTrue();
    }

    @Test
    void parse_refuses_what_is_not_a_stored_hash() {
        assertThatThrownBy(() -> PasswordHash.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PasswordHash.parse("plain")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PasswordHash.parse("bcrypt$10000$AAAA$BBBB")).isInstanceOf(IllegalArgumentException.class);
        String weak = PasswordHash.of(SECRET, FAST).encoded().replace("$10000$", "$999$");
        assertThatThrownBy(() -> PasswordHash.parse(weak)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fewer_than_ten_thousand_iterations_are_refused() {
        assertThatThrownBy(() -> PasswordHash.of(SECRET, 9_999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iterations");
    }

    @Test
    void salt_and_hash_sizes_are_checked_and_copied() {
        PasswordHash hash = PasswordHash.of(SECRET, FAST);
        assertThatThrownBy(() -> new PasswordHash(FAST, new byte[15], new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordHash(FAST, new byte[16], new byte[31]))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] salt = hash.salt();
        salt[0]++;
        assertThat(hash.salt()).isNotEqualTo(salt);
        assertThat(hash.matches(SECRET)).isTrue();
    }

    @Test
    void to_string_reveals_no_salt_or_hash() {
        PasswordHash hash = PasswordHash.of(SECRET, FAST);
        assertThat(hash.toString()).isEqualTo("PasswordHash[pbkdf2-sha256, 10000 iterations]");
    }

    @Test
    void the_default_is_310_000_iterations() {
        PasswordHash hash = PasswordHash.of(SECRET);
        assertThat(hash.iterations()).isEqualTo(PasswordHash.DEFAULT_ITERATIONS).isEqualTo(310_000);
        assertThat(hash.matches(SECRET)).isTrue();
    }

    @Test
    void an_api_user_is_a_till_of_one_org() {
        PasswordHash hash = PasswordHash.of(SECRET, FAST);
        ApiUser user = new ApiUser("till.1", new OrgId(1), null, "S1", hash);
        assertThat(user.tillCode()).isEqualTo("till.1");
        assertThatThrownBy(() -> new ApiUser("a:b", new OrgId(1), null, null, hash))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiUser(" ", new OrgId(1), null, null, hash))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiUser("t", new OrgId(1), null, null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
