package org.loyaltyhub.adapter.persistence.org;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The org's id is given by the caller (it is the brand's id in the seed), not generated. */
@MappedEntity("org")
record OrgRow(@Id Long id, String name, String timeZone) {
}
