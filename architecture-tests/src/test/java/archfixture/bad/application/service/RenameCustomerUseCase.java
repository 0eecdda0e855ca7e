package archfixture.bad.application.service;

/** Breaks "use cases are interfaces in port.in": this one sits among the services. */
public interface RenameCustomerUseCase {
    void rename(long customerId, String name);
}
