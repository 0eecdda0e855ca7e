package archfixture.bad.domain.invoice;

import archfixture.bad.domain.order.Order;
import java.util.List;

/** The other half of the cycle with Order. */
public record Invoice(long id, List<Order> orders) {
}
