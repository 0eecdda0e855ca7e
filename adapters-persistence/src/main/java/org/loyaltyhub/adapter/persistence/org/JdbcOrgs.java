package org.loyaltyhub.adapter.persistence.org;

import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.adapter.persistence.StorageFailures;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.program.Program;

/**
 * Org configuration in eight tables. {@link #find} reads each table once (eight queries however
 * many stores, programs or slabs the org has).
 */
@Singleton
public class JdbcOrgs implements Orgs {
    private final OrgRepository orgs;
    private final StoreRepository stores;
    private final TillRepository tills;
    private final ProgramRepository programs;
    private final EarnRateRepository earnRates;
    private final SlabRepository slabs;
    private final SlabCriterionRepository criteria;
    private final CouponSeriesRepository couponSeries;
    private final OrgSetupMapper mapper;
    private final FieldLabelRepository fieldLabels;

    JdbcOrgs(OrgRepository orgs, StoreRepository stores, TillRepository tills, ProgramRepository programs,
             EarnRateRepository earnRates, SlabRepository slabs, SlabCriterionRepository criteria,
             CouponSeriesRepository couponSeries, OrgSetupMapper mapper, FieldLabelRepository fieldLabels) {
        this.fieldLabels = fieldLabels;
        this.orgs = orgs;
        this.stores = stores;
        this.tills = tills;
        this.programs = programs;
        this.earnRates = earnRates;
        this.slabs = slabs;
        this.criteria = criteria;
        this.couponSeries = couponSeries;
        this.mapper = mapper;
    }

    @Override
    public void add(OrgSetup setup) {
        orgs.save(mapper.toRow(setup.org()));
        saveAll(stores, setup.stores().stream().map(mapper::toRow).toList());
        // Tills after stores: a till's store must exist (foreign key).
        saveAll(tills, setup.tills().stream().map(mapper::toRow).toList());

        List<ProgramRow> programRows = new ArrayList<>();
        List<EarnRateRow> earnRateRows = new ArrayList<>();
        List<SlabRow> slabRows = new ArrayList<>();
        List<SlabCriterionRow> criterionRows = new ArrayList<>();
        for (Program program : setup.programs()) {
            programRows.add(mapper.toRow(program, programRows.size()));
            earnRateRows.addAll(mapper.earnRateRows(program));
            slabRows.addAll(mapper.slabRows(program));
            criterionRows.addAll(mapper.criterionRows(program));
        }
        saveAll(programs, programRows);
        saveAll(earnRates, earnRateRows);
        saveAll(slabs, slabRows);
        saveAll(criteria, criterionRows);

        List<CouponSeriesRow> seriesRows = new ArrayList<>();
        for (CouponSeries series : setup.couponSeries()) {
            seriesRows.add(mapper.toRow(series, seriesRows.size()));
        }
        saveAll(couponSeries, seriesRows);

        List<FieldLabelRow> labelRows = new ArrayList<>();
        setup.fieldLabels().forEach((language, byField) -> byField.forEach((field, label) ->
                labelRows.add(new FieldLabelRow(null, setup.org().id().value(), language, field, label))));
        saveAll(fieldLabels, labelRows);
    }

    /**
     * The only read that also runs outside a unit of work (the org setup cache asks for an org's time zone
     * while a write body is read), so it translates an unreachable database itself.
     */
    @Override
    public Optional<OrgSetup> find(OrgId orgId) {
        try {
            return read(orgId);
        } catch (RuntimeException e) {
            throw StorageFailures.translate(e);
        }
    }

    private Optional<OrgSetup> read(OrgId orgId) {
        Optional<OrgRow> org = orgs.findById(orgId.value());
        if (org.isEmpty()) {
            return Optional.empty();
        }
        List<ProgramRow> programRows = programs.findByOrgIdOrderByPosition(orgId.value());
        List<Long> programIds = programRows.stream().map(ProgramRow::id).toList();
        List<SlabRow> slabRows = programIds.isEmpty() ? List.of() : slabs.findByProgramIdInOrderBySerial(programIds);
        List<SlabCriterionRow> criterionRows = programIds.isEmpty() ? List.of()
                : criteria.findByProgramIdInOrderByPosition(programIds);
        List<EarnRateRow> earnRateRows = programIds.isEmpty() ? List.of() : earnRates.findByProgramIdIn(programIds);
        List<Program> programList = programRows.stream()
                .map(row -> mapper.toProgram(row, slabRows, criterionRows, earnRateRows))
                .toList();
        return Optional.of(new OrgSetup(
                mapper.toOrg(org.get()),
                stores.findByOrgIdOrderById(orgId.value()).stream().map(mapper::toStore).toList(),
                tills.findByOrgIdOrderById(orgId.value()).stream().map(mapper::toTill).toList(),
                programList,
                couponSeries.findByOrgIdOrderByPosition(orgId.value()).stream().map(mapper::toSeries).toList()));
    }

    /** One query for the language and, for a regional code, its base language; the exact code wins. */
    @Override
    public Map<String, String> fieldLabelsIn(OrgId orgId, String language) {
        if (language == null || language.isBlank()) {
            return Map.of();
        }
        String code = language.trim();
        String base = code.contains("-") ? code.substring(0, code.indexOf('-')).toLowerCase(java.util.Locale.ROOT)
                : code.toLowerCase(java.util.Locale.ROOT);
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        for (FieldLabelRow row : fieldLabels.findByOrgIdAndLanguageInOrderById(orgId.value(), List.of(code, base))) {
            byLanguage.computeIfAbsent(row.language(), k -> new LinkedHashMap<>()).put(row.fieldName(), row.label());
        }
        return byLanguage.getOrDefault(code, byLanguage.getOrDefault(base, Map.of()));
    }

    @Override
    public boolean isEmpty() {
        return orgs.count() == 0;
    }

    @Override
    public List<OrgId> allIds() {
        return orgs.findAllIds().stream().map(OrgId::new).toList();
    }

    /** One batched insert per table; an empty list is no statement at all. */
    private static <R> void saveAll(CrudRepository<R, Long> repository, List<R> rows) {
        if (!rows.isEmpty()) {
            repository.saveAll(rows);
        }
    }
}
