package org.loyaltyhub.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.port.out.ApiUsers;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.domain.access.AccessLevel;
import org.loyaltyhub.domain.access.AccessRights;
import org.loyaltyhub.domain.access.ApiUser;
import org.loyaltyhub.domain.access.PasswordHash;
import org.loyaltyhub.domain.access.Resource;

/** What every {@link ApiUsers} promises. */
public abstract class ApiUsersContract {
    // The fewest iterations the domain accepts: the contract tests storage, not hashing speed.
    private static final int FAST = 10_000;

    protected abstract ApiUsers apiUsers();

    /** Users belong to an org, which must be stored first. */
    protected abstract Orgs orgs();

    @Test
    void findsAUserByUsernameWithEveryField() {
        OrgSetup org = ContractFixtures.storedOrg(orgs());
        String username = "till-" + ContractFixtures.uniqueId();
        ApiUser user = new ApiUser(username, org.org().id(), "S1-T2", "S1",
                PasswordHash.of("5f4dcc3b5aa765d61d8327deb882cf99", FAST));
        apiUsers().add(user);

        Optional<ApiUser> found = apiUsers().findByUsername(username);

        assertThat(found).contains(user);
        assertThat(found.get().orgId()).isEqualTo(org.org().id());
        assertThat(found.get().tillCode()).isEqualTo("S1-T2");
        assertThat(found.get().storeCode()).isEqualTo("S1");
        assertThat(found.get().password().matches("5f4dcc3b5aa765d61d8327deb882cf99")).isTrue();
        assertThat(found.get().password().matches("wrong")).isFalse();
    }

    @Test
    void aUserWithoutStoreKeepsItsTillCodeDefault() {
        OrgSetup org = ContractFixtures.storedOrg(orgs());
        String username = "server-" + ContractFixtures.uniqueId();
        apiUsers().add(new ApiUser(username, org.org().id(), null, null, PasswordHash.of("secret", FAST)));

        ApiUser found = apiUsers().findByUsername(username).orElseThrow();

        assertThat(found.tillCode()).isEqualTo(username);
        assertThat(found.storeCode()).isNull();
    }

    @Test
    void anUnknownUsernameIsNotFound() {
        assertThat(apiUsers().findByUsername("nobody-" + ContractFixtures.uniqueId())).isEmpty();
    }

    @Test
    void usernamesMatchExactly() {
        OrgSetup org = ContractFixtures.storedOrg(orgs());
        String username = "till-" + ContractFixtures.uniqueId();
        apiUsers().add(new ApiUser(username, org.org().id(), "S1-T1", "S1", PasswordHash.of("secret", FAST)));

        assertThat(apiUsers().findByUsername(username.toUpperCase())).isEmpty();
        assertThat(apiUsers().findByUsername(username)).isPresent();
    }

    @Test
    void usernamesAreUniqueAcrossOrgs() {
        OrgSetup first = ContractFixtures.storedOrg(orgs());
        OrgSetup second = ContractFixtures.storedOrg(orgs());
        String username = "till-" + ContractFixtures.uniqueId();
        apiUsers().add(new ApiUser(username, first.org().id(), "S1-T1", "S1", PasswordHash.of("a", FAST)));

        assertThatThrownBy(() -> apiUsers().add(
                new ApiUser(username, second.org().id(), "S1-T1", "S1", PasswordHash.of("b", FAST))))
                .isInstanceOf(RuntimeException.class);
        assertThat(apiUsers().findByUsername(username).orElseThrow().orgId()).isEqualTo(first.org().id());
    }

    @Test
    void aUserKeepsTheAccessLevelsItWasStoredWith() {
        OrgSetup org = ContractFixtures.storedOrg(orgs());
        String username = "till-" + ContractFixtures.uniqueId();
        // COUPON is left out: a resource the group does not name is NONE.
        AccessRights rights = new AccessRights(Map.of(Resource.CUSTOMER, AccessLevel.READ,
                Resource.TRANSACTION, AccessLevel.WRITE, Resource.POINTS, AccessLevel.NONE));
        apiUsers().add(new ApiUser(username, org.org().id(), "S1-T1", "S1", PasswordHash.of("secret", FAST), rights));

        AccessRights found = apiUsers().findByUsername(username).orElseThrow().rights();

        assertThat(found).isEqualTo(rights);
        assertThat(found.levelFor(Resource.CUSTOMER)).isEqualTo(AccessLevel.READ);
        assertThat(found.levelFor(Resource.TRANSACTION)).isEqualTo(AccessLevel.WRITE);
        assertThat(found.levelFor(Resource.POINTS)).isEqualTo(AccessLevel.NONE);
        assertThat(found.levelFor(Resource.COUPON)).isEqualTo(AccessLevel.NONE);
    }

    @Test
    void aUserWithoutANamedGroupMayWriteEverythingAndAReadOnlyUserMayOnlyRead() {
        OrgSetup org = ContractFixtures.storedOrg(orgs());
        String writer = "till-" + ContractFixtures.uniqueId();
        String reader = "till-" + ContractFixtures.uniqueId();
        apiUsers().add(new ApiUser(writer, org.org().id(), "S1-T1", "S1", PasswordHash.of("a", FAST)));
        apiUsers().add(new ApiUser(reader, org.org().id(), "S1-T2", "S1", PasswordHash.of("b", FAST),
                AccessRights.READ_ONLY));

        assertThat(apiUsers().findByUsername(writer).orElseThrow().rights()).isEqualTo(AccessRights.FULL);
        assertThat(apiUsers().findByUsername(reader).orElseThrow().rights()).isEqualTo(AccessRights.READ_ONLY);
    }
}
