package archfixture.bad.domain.order;

import archfixture.bad.domain.invoice.Invoice;

/** Breaks "packages within each module are free of cycles", together with Invoice. */
public record Order(long id, Invoice invoice) {
}
