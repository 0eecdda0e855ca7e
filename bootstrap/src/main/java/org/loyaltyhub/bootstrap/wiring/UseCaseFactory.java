package org.loyaltyhub.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.loyaltyhub.application.port.in.AuthenticateApiUserUseCase;
import org.loyaltyhub.application.port.in.GetCustomerDetailsUseCase;
import org.loyaltyhub.application.port.in.ImportCustomersInBulkUseCase;
import org.loyaltyhub.application.port.in.ImportOrgUseCase;
import org.loyaltyhub.application.port.out.ApiUsers;
import org.loyaltyhub.application.port.out.CustomerBatches;
import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.application.service.AuthenticateApiUserService;
import org.loyaltyhub.application.service.GetCustomerDetailsService;
import org.loyaltyhub.application.service.ImportCustomersInBulkService;
import org.loyaltyhub.application.service.ImportOrgService;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * Creates the pure-Java services and hands them the adapters' port implementations. Transactions are
 * applied by the services through the {@link UnitOfWork} port, so nothing here needs AOP.
 */
@Factory
class UseCaseFactory {
    @Singleton
    GetCustomerDetailsUseCase getCustomerDetails(UnitOfWork unitOfWork, Orgs orgs, Customers customers,
                                                 PointsLedgers ledgers, Purchases purchases,
                                                 SlabHistories slabHistories, Coupons coupons, ClockPort clock) {
        return new GetCustomerDetailsService(unitOfWork, orgs, customers, ledgers, purchases, slabHistories, coupons,
                clock);
    }

    @Singleton
    AuthenticateApiUserUseCase authenticateApiUser(UnitOfWork unitOfWork, ApiUsers apiUsers,
                                                   @Value("${loyaltyhub.auth.remember-login:5m}") Duration rememberLogin) {
        // Real time, not the business clock: with a fixed clock a remembered login would never lapse.
        ClockPort wallClock = java.time.Instant::now;
        return new AuthenticateApiUserService(unitOfWork, apiUsers, wallClock, rememberLogin);
    }

    @Singleton
    ImportOrgUseCase importOrg(UnitOfWork unitOfWork, Orgs orgs, ApiUsers apiUsers, Customers customers,
                               PointsLedgers ledgers, Purchases purchases, SlabHistories slabHistories, Coupons coupons,
                               ClockPort clock) {
        return new ImportOrgService(unitOfWork, orgs, apiUsers, customers, ledgers, purchases, slabHistories, coupons,
                clock);
    }

    @Singleton
    ImportCustomersInBulkUseCase importCustomersInBulk(UnitOfWork unitOfWork, Orgs orgs, CustomerBatches batches,
                                                       ClockPort clock) {
        return new ImportCustomersInBulkService(unitOfWork, orgs, batches, clock);
    }
}
