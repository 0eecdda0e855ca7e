package org.loyaltyhub.domain.program;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;

/** A loyalty program of an org: how points are earned and expire, and its ladder of slabs. */
public record Program(ProgramId id, OrgId orgId, String title, String description, boolean isDefault,
                      BigDecimal pointsToCurrencyRatio, EarningRule earningRule, ExpiryRule expiryRule,
                      List<Slab> slabs) {
    public Program {
        Objects.requireNonNull(id, "program id");
        Objects.requireNonNull(orgId, "org id");
        Objects.requireNonNull(earningRule, "earning rule");
        Objects.requireNonNull(expiryRule, "expiry rule");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("program title must not be blank");
        }
        description = description == null ? "" : description;
        pointsToCurrencyRatio = pointsToCurrencyRatio == null ? BigDecimal.ONE : pointsToCurrencyRatio;
        slabs = slabs == null ? List.of() : slabs.stream().sorted(Comparator.comparingInt(Slab::serial)).toList();
        if (slabs.isEmpty()) {
            throw new IllegalArgumentException("program " + title + " needs at least the entry slab");
        }
        for (int i = 0; i < slabs.size(); i++) {
            if (slabs.get(i).serial() != i + 1) {
                throw new IllegalArgumentException("program " + title + " slab serials must run 1.." + slabs.size());
            }
        }
    }

    public Slab entrySlab() {
        return slabs.get(0);
    }

    public Slab slab(int serial) {
        if (serial < 1 || serial > slabs.size()) {
            throw new IllegalArgumentException("program " + title + " has no slab " + serial);
        }
        return slabs.get(serial - 1);
    }

    public Optional<Slab> slabAbove(int serial) {
        return serial < slabs.size() ? Optional.of(slabs.get(serial)) : Optional.empty();
    }

    public boolean isHighest(int serial) {
        return serial == slabs.size();
    }

    public Points pointsFor(Money billAmount, int slabSerial) {
        return new Points(billAmount.value().multiply(earningRule.rateFor(slabSerial)));
    }
}
