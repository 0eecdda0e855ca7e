package org.loyaltyhub.bootstrap.ops;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.loyaltyhub.application.port.in.CustomerLookupQuery;
import org.loyaltyhub.application.port.in.CustomerLookupResult;
import org.loyaltyhub.application.port.in.GetCustomerDetailsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Code that carelessly logs personal data, switched on only by {@value #SWITCH}=true: the log masking test
 * needs something that really tries to write mobile numbers, e-mails and credentials, so that it fails when
 * the masking layout is removed.
 */
final class LeakyBeans {
    static final String SWITCH = "loyaltyhub.test.leaky-logging";

    private LeakyBeans() {
    }

    /** Fails every lookup the way a driver does: the statement's values quoted in the exception message. */
    @Singleton
    @Replaces(GetCustomerDetailsUseCase.class)
    @Requires(property = SWITCH, value = "true")
    static final class FailingLookup implements GetCustomerDetailsUseCase {
        @Override
        public CustomerLookupResult getCustomerDetails(CustomerLookupQuery query) {
            throw new IllegalStateException("Duplicate entry '" + String.join(",", query.values())
                    + "' for key 'uq_customer_org_" + query.identifierType().name().toLowerCase(Locale.ROOT) + "'");
        }
    }

    /** Dumps each raw request, headers included, at WARN; before the auth filter, so wrong logins too. */
    @ServerFilter("/v1.1/**")
    @Order(Ordered.HIGHEST_PRECEDENCE + 3)
    @Requires(property = SWITCH, value = "true")
    static final class RequestDump {
        private static final Logger LOG = LoggerFactory.getLogger(RequestDump.class);

        @RequestFilter
        public void dump(HttpRequest<?> request) {
            LOG.warn("raw request {} {} headers {}", request.getMethodName(), request.getUri(),
                    request.getHeaders().asMap());
        }
    }
}
