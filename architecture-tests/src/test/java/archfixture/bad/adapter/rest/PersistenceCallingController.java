package archfixture.bad.adapter.rest;

import archfixture.bad.adapter.persistence.CustomerPersistenceAdapter;

/** Breaks "no adapter depends on another adapter": REST reads the database adapter directly. */
public class PersistenceCallingController {
    private final CustomerPersistenceAdapter customers = new CustomerPersistenceAdapter();

    public String get(String mobile) {
        return customers.loadByMobile(mobile).mobile();
    }
}
