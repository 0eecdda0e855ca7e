package org.loyaltyhub.domain.setup;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.customer.ExtendedField;
import org.loyaltyhub.domain.org.Org;
import org.loyaltyhub.domain.org.Store;
import org.loyaltyhub.domain.org.Till;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;

/**
 * An org with everything configured for it: stores, tills, programs (with slabs), coupon series, and the
 * labels of the extended fields per language ({@code "zh" -> {"gender" -> "性别"}}).
 */
public record OrgSetup(Org org, List<Store> stores, List<Till> tills, List<Program> programs,
                       List<CouponSeries> couponSeries, Map<String, Map<String, String>> fieldLabels) {
    public OrgSetup {
        Map<String, Map<String, String>> labels = new TreeMap<>();
        (fieldLabels == null ? Map.<String, Map<String, String>>of() : fieldLabels).forEach((language, byField) -> {
            if (language == null || !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
                throw new IllegalArgumentException("field labels need an ISO language code, got '" + language + "'");
            }
            byField.keySet().forEach(name -> new ExtendedField(name, ""));
            labels.put(language, Map.copyOf(new TreeMap<>(byField)));
        });
        fieldLabels = Collections.unmodifiableMap(labels);
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

    public OrgSetup(Org org, List<Store> stores, List<Till> tills, List<Program> programs,
                    List<CouponSeries> couponSeries) {
        this(org, stores, tills, programs, couponSeries, Map.of());
    }

    /**
     * The extended-field labels in a language ({@code zh}), falling back from a regional code
     * ({@code zh-CN}) to its language; empty when the org has no translation.
     */
    public Map<String, String> fieldLabelsIn(String language) {
        if (language == null || language.isBlank()) {
            return Map.of();
        }
        String code = language.trim();
        Map<String, String> exact = fieldLabels.get(code);
        if (exact != null) {
            return exact;
        }
        int dash = code.indexOf('-');
        return dash > 0 ? fieldLabels.getOrDefault(code.substring(0, dash).toLowerCase(java.util.Locale.ROOT), Map.of())
                : fieldLabels.getOrDefault(code.toLowerCase(java.util.Locale.ROOT), Map.of());
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
