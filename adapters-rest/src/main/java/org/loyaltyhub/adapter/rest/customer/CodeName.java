package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code registered_store} and {@code registered_till}: {@code {"code":...,"name":...}}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record CodeName(String code, String name) {
}
