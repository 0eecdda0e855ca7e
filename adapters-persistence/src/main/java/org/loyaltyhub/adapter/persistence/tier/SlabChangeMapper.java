package org.loyaltyhub.adapter.persistence.tier;

import org.loyaltyhub.adapter.persistence.UtcColumns;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.tier.SlabChange;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

@Mapper(componentModel = "jakarta", uses = UtcColumns.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface SlabChangeMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "changeType", source = "change.type")
    SlabChangeRow toRow(SlabChange change, long customerId);

    @Mapping(target = "type", source = "changeType")
    SlabChange toChange(SlabChangeRow row);

    default long value(ProgramId id) {
        return id.value();
    }

    default ProgramId programId(long value) {
        return new ProgramId(value);
    }
}
