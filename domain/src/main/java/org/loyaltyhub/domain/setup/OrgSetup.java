package org.loyaltyhub.domain.setup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.org.Org;
import org.loyaltyhub.domain.org.Store;
import org.loyaltyhub.domain.org.Till;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;

/** An org with everything configured for it: stores, tills, programs (with slabs), coupon series. */
public record OrgSetup(Org org, List<Store> stores, List<Till> tills, List<Program> programs,
                       List<CouponSeries> couponSeries) {
    public OrgSetup {
        Objects.requireNonNull(org, "org");
        stores = List.copyOf(stores);
        tills = List.copyOf(tills);
        programs = List.copyOf(programs);
        couponSeries = List.copyOf(couponSeries);
        if (programs.stream().filter(Program::isDefault).count() != 1) {
            throw new IllegalArgumentException("org " + org.name() + " needs exactly one default program");
        }
        for (Till till : tills) {
            if (stores.stream().noneMatch(s -> s.code().equals(till.storeCode()))) {
                throw new IllegalArgumentException("till " + till.code() + " names unknown store " + till.storeCode());
            }
        }
    }

    public Program defaultProgram() {
        return programs.stream().filter(Program::isDefault).findFirst().orElseThrow();
    }

    public Optional<Program> program(ProgramId id) {
        return programs.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Store> store(String code) {
        return stores.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<Till> till(String code) {
        return tills.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<CouponSeries> series(SeriesId id) {
        return couponSeries.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
