package org.loyaltyhub.adapter.rest.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.loyaltyhub.adapter.rest.OrgTimeZones;
import org.loyaltyhub.adapter.rest.auth.ApiCallerAttribute;
import org.loyaltyhub.adapter.rest.auth.RequiresAccess;
import org.loyaltyhub.adapter.rest.write.BatchShape;
import org.loyaltyhub.adapter.rest.write.CustomerIdentifiers;
import org.loyaltyhub.adapter.rest.write.Echo;
import org.loyaltyhub.adapter.rest.write.Family;
import org.loyaltyhub.adapter.rest.write.Fields;
import org.loyaltyhub.adapter.rest.write.ItemFailure;
import org.loyaltyhub.adapter.rest.write.WriteAnswer;
import org.loyaltyhub.adapter.rest.write.WriteBatches;
import org.loyaltyhub.adapter.rest.write.WriteMediaTypes;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.PointsRedeemed;
import org.loyaltyhub.application.port.in.write.PointsRedemptionCommand;
import org.loyaltyhub.application.port.in.write.RedeemPointsUseCase;
import org.loyaltyhub.domain.access.AccessLevel;
import org.loyaltyhub.domain.access.Resource;
import org.loyaltyhub.domain.program.ProgramId;

/**
 * {@code POST /v1.1/points/redeem}: takes points from a customer's soonest-expiring lots, never beyond the
 * balance. {@code program_id} may be given per item or, as Capillary clients do, as a query parameter.
 */
@Controller("/v1.1/points")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PointsRedeemController {
    private static final BatchShape SHAPE = new BatchShape("redeem", "responses", "points", Family.POINTS,
            Echo.fields("points_redeemed", "transaction_number").andCustomer());
    static final String INVALID_POINTS = "801";

    private final RedeemPointsUseCase redeemPoints;
    private final WriteBatches batches;
    private final OrgTimeZones zones;

    PointsRedeemController(RedeemPointsUseCase redeemPoints, WriteBatches batches, OrgTimeZones zones) {
        this.redeemPoints = redeemPoints;
        this.batches = batches;
        this.zones = zones;
    }

    @Post(uri = "/redeem", consumes = {WriteMediaTypes.JSON, WriteMediaTypes.XML, WriteMediaTypes.TEXT_XML},
            produces = {WriteMediaTypes.JSON, WriteMediaTypes.XML, WriteMediaTypes.ANY})
    @RequiresAccess(resource = Resource.POINTS, level = AccessLevel.WRITE)
    public HttpResponse<WriteAnswer> redeem(HttpRequest<?> request, @Nullable @Body byte[] body) {
        ApiCaller caller = ApiCallerAttribute.of(request);
        ZoneId zone = zones.zoneOf(caller.orgId());
        String queryProgram = request.getParameters().get("program_id");
        return batches.run(request, body, SHAPE, item -> {
            RedeemItem sent = batches.reader().bind(item, RedeemItem.class, "redeem");
            BigDecimal points = Fields.decimal("points_redeemed", sent.pointsRedeemed(), INVALID_POINTS);
            if (points == null || points.signum() <= 0) {
                throw new ItemFailure(INVALID_POINTS, "Points you are trying to redeem are invalid: points_redeemed "
                        + "must be a positive number");
            }
            String billNumber = Fields.text(sent.transactionNumber()) != null ? sent.transactionNumber().trim()
                    : Fields.text(sent.billNumber());
            String program = Fields.text(sent.programId()) != null ? sent.programId() : queryProgram;
            PointsRedemptionCommand command = new PointsRedemptionCommand(
                    (sent.customer() == null ? CustomerIdentifiers.NONE : sent.customer()).requireRef(Family.POINTS),
                    points,
                    Fields.positiveLong("program_id", program, ItemFailure.INVALID_INPUT).map(ProgramId::new).orElse(null),
                    billNumber,
                    Fields.time("redemption_time", sent.redemptionTime(), zone));
            PointsRedeemed redeemed = redeemPoints.redeem(caller, command);
            return RedeemedPoints.of(redeemed, billNumber, Family.POINTS.success("Points redeemed successfully"));
        });
    }
}
