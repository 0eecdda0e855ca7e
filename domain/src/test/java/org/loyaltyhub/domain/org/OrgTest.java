package org.loyaltyhub.domain.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OrgTest {
    private static final OrgId ORG = new OrgId(1);

    @Test
    void an_org_needs_a_name_and_a_time_zone() {
        assertThat(new Org(ORG, "Brand", ZoneId.of("Asia/Kolkata")).timeZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThatThrownBy(() -> new Org(ORG, " ", ZoneId.of("UTC"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Org(ORG, "Brand", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new OrgId(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stores_and_tills_need_codes_and_default_their_names() {
        assertThat(new Store(ORG, "S1", null).name()).isEqualTo("S1");
        assertThatThrownBy(() -> new Store(ORG, "", "Main")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Till(ORG, "T1", null, "S1").name()).isEqualTo("T1");
        assertThatThrownBy(() -> new Till(ORG, "T1", null, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Till(ORG, null, null, "S1")).isInstanceOf(IllegalArgumentException.class);
    }
}
