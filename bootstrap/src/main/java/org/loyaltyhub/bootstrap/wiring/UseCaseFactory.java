package org.loyaltyhub.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.ZoneOffset;
import org.loyaltyhub.application.port.in.AuthenticateApiUserUseCase;
import org.loyaltyhub.application.port.in.GetCustomerDetailsUseCase;
import org.loyaltyhub.application.port.in.ImportCustomersInBulkUseCase;
import org.loyaltyhub.application.port.in.ImportOrgUseCase;
import org.loyaltyhub.application.port.in.write.AddTransactionUseCase;
import org.loyaltyhub.application.port.in.write.EraseCustomerUseCase;
import org.loyaltyhub.application.port.in.write.IssueCouponUseCase;
import org.loyaltyhub.application.port.in.write.RedeemCouponUseCase;
import org.loyaltyhub.application.port.in.write.RedeemPointsUseCase;
import org.loyaltyhub.application.port.in.write.RegisterCustomerUseCase;
import org.loyaltyhub.application.port.in.write.RunDailyJobsUseCase;
import org.loyaltyhub.application.port.in.write.UpdateCustomerUseCase;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.service.AddTransactionService;
import org.loyaltyhub.application.service.DailyJobsService;
import org.loyaltyhub.application.service.EraseCustomerService;
import org.loyaltyhub.application.service.IssueCouponService;
import org.loyaltyhub.application.service.RedeemCouponService;
import org.loyaltyhub.application.service.RedeemPointsService;
import org.loyaltyhub.application.service.RegisterCustomerService;
import org.loyaltyhub.application.service.UpdateCustomerService;
import org.loyaltyhub.application.port.out.ApiUsers;
import org.loyaltyhub.application.port.out.CustomerBatches;
import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.adapter.persistence.org.JdbcOrgs;
import org.loyaltyhub.adapter.rest.OrgTimeZones;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.application.service.AuthenticateApiUserService;
import org.loyaltyhub.application.service.GetCustomerDetailsService;
import org.loyaltyhub.application.service.ImportCustomersInBulkService;
import org.loyaltyhub.application.service.ImportOrgService;
import org.loyaltyhub.application.service.LockoutPolicy;
import org.loyaltyhub.application.service.LoginThrottle;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * Creates the pure-Java services and hands them the adapters' port implementations. Transactions are
 * applied by the services through the {@link UnitOfWork} port, so nothing here needs AOP.
 */
@Factory
class UseCaseFactory {
    /** Every use case reads org setups through the cache; only the cache reads {@link JdbcOrgs}. */
    @Singleton
    @Primary
    Orgs cachedOrgs(JdbcOrgs storage, @Value("${loyaltyhub.cache.org-setup-ttl:60s}") Duration timeToLive) {
        return new CachingOrgs(storage, timeToLive);
    }

    /** Write bodies carry local times on the org's clock; the zone comes from the (cached) org setup. */
    @Singleton
    OrgTimeZones orgTimeZones(Orgs orgs) {
        return orgId -> orgs.find(orgId).map(setup -> setup.org().timeZone()).orElse(ZoneOffset.UTC);
    }

    @Singleton
    GetCustomerDetailsUseCase getCustomerDetails(UnitOfWork unitOfWork, Orgs orgs, Customers customers,
                                                 PointsLedgers ledgers, Purchases purchases,
                                                 SlabHistories slabHistories, Coupons coupons,
                                                 PointsBalances snapshots, ClockPort clock) {
        return new GetCustomerDetailsService(unitOfWork, orgs, customers, ledgers, purchases, slabHistories, coupons,
                snapshots, clock);
    }

    @Singleton
    AuthenticateApiUserUseCase authenticateApiUser(UnitOfWork unitOfWork, ApiUsers apiUsers,
                                                   @Value("${loyaltyhub.auth.remember-login:5m}") Duration rememberLogin,
                                                   @Value("${loyaltyhub.auth.lockout.max-failures:5}") int maxFailures,
                                                   @Value("${loyaltyhub.auth.lockout.duration:15m}") Duration lockFor,
                                                   @Value("${loyaltyhub.auth.lockout.window:15m}") Duration window,
                                                   @Value("${loyaltyhub.auth.lockout.backoff:1s}") Duration backoff) {
        // Real time, not the business clock: with a fixed clock a remembered login or a lock would never lapse.
        ClockPort wallClock = java.time.Instant::now;
        LoginThrottle throttle = new LoginThrottle(new LockoutPolicy(maxFailures, lockFor, window, backoff));
        return new AuthenticateApiUserService(unitOfWork, apiUsers, wallClock, rememberLogin, throttle);
    }

    @Singleton
    ImportOrgUseCase importOrg(UnitOfWork unitOfWork, Orgs orgs, ApiUsers apiUsers, Customers customers,
                               PointsLedgers ledgers, Purchases purchases, SlabHistories slabHistories, Coupons coupons,
                               PointsBalances balances, ClockPort clock) {
        return new ImportOrgService(unitOfWork, orgs, apiUsers, customers, ledgers, purchases, slabHistories, coupons,
                balances, clock);
    }

    @Singleton
    RegisterCustomerUseCase registerCustomer(UnitOfWork unitOfWork, Orgs orgs, Customers customers,
                                             PointsLedgers ledgers, Purchases purchases, SlabHistories slabHistories,
                                             PointsBalances balances, ClockPort clock) {
        return new RegisterCustomerService(unitOfWork, orgs, customers, ledgers, purchases, slabHistories, balances,
                clock);
    }

    @Singleton
    UpdateCustomerUseCase updateCustomer(UnitOfWork unitOfWork, Orgs orgs, Customers customers, PointsLedgers ledgers,
                                         Purchases purchases, SlabHistories slabHistories, PointsBalances balances,
                                         ClockPort clock) {
        return new UpdateCustomerService(unitOfWork, orgs, customers, ledgers, purchases, slabHistories, balances,
                clock);
    }

    @Singleton
    AddTransactionUseCase addTransaction(UnitOfWork unitOfWork, Orgs orgs, Customers customers, PointsLedgers ledgers,
                                         Purchases purchases, SlabHistories slabHistories, PointsBalances balances,
                                         ClockPort clock) {
        return new AddTransactionService(unitOfWork, orgs, customers, ledgers, purchases, slabHistories, balances,
                clock);
    }

    @Singleton
    RedeemPointsUseCase redeemPoints(UnitOfWork unitOfWork, Orgs orgs, Customers customers, PointsLedgers ledgers,
                                     Purchases purchases, SlabHistories slabHistories, PointsBalances balances,
                                     ClockPort clock) {
        return new RedeemPointsService(unitOfWork, orgs, customers, ledgers, purchases, slabHistories, balances, clock);
    }

    @Singleton
    RunDailyJobsUseCase dailyJobs(UnitOfWork unitOfWork, Orgs orgs, Customers customers, PointsLedgers ledgers,
                                  Purchases purchases, SlabHistories slabHistories, PointsBalances balances,
                                  ClockPort clock) {
        return new DailyJobsService(unitOfWork, orgs, customers, ledgers, purchases, slabHistories, balances, clock);
    }

    @Singleton
    IssueCouponUseCase issueCoupon(UnitOfWork unitOfWork, Orgs orgs, Customers customers, Coupons coupons,
                                   ClockPort clock) {
        return new IssueCouponService(unitOfWork, orgs, customers, coupons, clock);
    }

    @Singleton
    RedeemCouponUseCase redeemCoupon(UnitOfWork unitOfWork, Orgs orgs, Customers customers, Coupons coupons,
                                     ClockPort clock) {
        return new RedeemCouponService(unitOfWork, orgs, customers, coupons, clock);
    }

    @Singleton
    EraseCustomerUseCase eraseCustomer(UnitOfWork unitOfWork, Orgs orgs, Customers customers, ClockPort clock) {
        return new EraseCustomerService(unitOfWork, orgs, customers, clock);
    }

    @Singleton
    ImportCustomersInBulkUseCase importCustomersInBulk(UnitOfWork unitOfWork, Orgs orgs, CustomerBatches batches,
                                                       ClockPort clock) {
        return new ImportCustomersInBulkService(unitOfWork, orgs, batches, clock);
    }
}
