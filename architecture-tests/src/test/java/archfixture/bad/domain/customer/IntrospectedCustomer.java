package archfixture.bad.domain.customer;

import io.micronaut.core.annotation.Introspected;

/** Breaks "the domain and the application use no Micronaut ... annotation": an annotation is enough. */
@Introspected
public record IntrospectedCustomer(long id) {
}
