package org.loyaltyhub.adapter.rest.coupon;

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
import org.loyaltyhub.adapter.rest.write.Echo;
import org.loyaltyhub.adapter.rest.write.Family;
import org.loyaltyhub.adapter.rest.write.Fields;
import org.loyaltyhub.adapter.rest.write.ItemFailure;
import org.loyaltyhub.adapter.rest.write.WriteAnswer;
import org.loyaltyhub.adapter.rest.write.WriteBatches;
import org.loyaltyhub.adapter.rest.write.WriteMediaTypes;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.CouponIssued;
import org.loyaltyhub.application.port.in.write.CouponRedeemed;
import org.loyaltyhub.application.port.in.write.CouponRedemptionCommand;
import org.loyaltyhub.application.port.in.write.IssueCouponUseCase;
import org.loyaltyhub.application.port.in.write.RedeemCouponUseCase;
import org.loyaltyhub.domain.access.AccessLevel;
import org.loyaltyhub.domain.access.Resource;
import org.loyaltyhub.domain.coupon.SeriesId;

/**
 * {@code POST /v1.1/coupon/issue} and {@code /redeem}: a batch of {@code root.coupon} items; each issue makes
 * a new coupon of the series for the customer, each redeem uses a coupon once on a bill. Answers
 * {@code coupons.coupon}, one entry per item.
 */
@Controller("/v1.1/coupon")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CouponWriteController {
    private static final BatchShape ISSUE = new BatchShape("coupon", "coupons", "coupon", Family.COUPON,
            Echo.fields("series_id").andCustomer());
    private static final BatchShape REDEEM = new BatchShape("coupon", "coupons", "coupon", Family.COUPON,
            Echo.fields("code").andCustomer());
    static final String INVALID_CODE = "702";
    static final String INVALID_SERIES = "707";

    private final IssueCouponUseCase issueCoupon;
    private final RedeemCouponUseCase redeemCoupon;
    private final WriteBatches batches;
    private final OrgTimeZones zones;

    CouponWriteController(IssueCouponUseCase issueCoupon, RedeemCouponUseCase redeemCoupon, WriteBatches batches,
                          OrgTimeZones zones) {
        this.issueCoupon = issueCoupon;
        this.redeemCoupon = redeemCoupon;
        this.batches = batches;
        this.zones = zones;
    }

    @Post(uri = "/issue", consumes = {WriteMediaTypes.JSON, WriteMediaTypes.XML, WriteMediaTypes.TEXT_XML},
            produces = {WriteMediaTypes.JSON, WriteMediaTypes.XML, WriteMediaTypes.ANY})
    @RequiresAccess(resource = Resource.COUPON, level = AccessLevel.WRITE)
    public HttpResponse<WriteAnswer> issue(HttpRequest<?> request, @Nullable @Body byte[] body) {
        ApiCaller caller = ApiCallerAttribute.of(request);
        ZoneId zone = zones.zoneOf(caller.orgId());
        return batches.run(request, body, ISSUE, item -> {
            CouponItem sent = batches.reader().bind(item, CouponItem.class, "coupon");
            SeriesId series = Fields.positiveLong("series_id", sent.seriesId(), INVALID_SERIES).map(SeriesId::new)
                    .orElseThrow(() -> new ItemFailure(INVALID_SERIES, "Coupon series id is invalid: series_id is required"));
            CouponIssued issued = issueCoupon.issue(caller, sent.identifiers().requireRef(Family.COUPON), series);
            return CouponEntry.of(issued.coupon(), issued.series(), issued.customer(), zone, null,
                    Family.COUPON.success("Coupon issued successfully"));
        });
    }

    @Post(uri = "/redeem", consumes = {WriteMediaTypes.JSON, WriteMediaTypes.XML, WriteMediaTypes.TEXT_XML},
            produces = {WriteMediaTypes.JSON, WriteMediaTypes.XML, WriteMediaTypes.ANY})
    @RequiresAccess(resource = Resource.COUPON, level = AccessLevel.WRITE)
    public HttpResponse<WriteAnswer> redeem(HttpRequest<?> request, @Nullable @Body byte[] body) {
        ApiCaller caller = ApiCallerAttribute.of(request);
        ZoneId zone = zones.zoneOf(caller.orgId());
        return batches.run(request, body, REDEEM, item -> {
            CouponItem sent = batches.reader().bind(item, CouponItem.class, "coupon");
            String code = Fields.text(sent.code());
            if (code == null) {
                throw new ItemFailure(INVALID_CODE, "Coupon code is invalid: code is required");
            }
            String billNumber = Fields.text(sent.transaction() != null ? sent.transaction().number() : null);
            billNumber = billNumber != null ? billNumber : Fields.text(sent.billNumber());
            String amountSent = sent.transaction() != null && Fields.text(sent.transaction().amount()) != null
                    ? sent.transaction().amount() : sent.billAmount();
            BigDecimal billAmount = Fields.decimal("transaction.amount", amountSent);
            if (billAmount != null && billAmount.signum() < 0) {
                throw ItemFailure.invalid("transaction.amount must not be negative, got " + billAmount.toPlainString());
            }
            CouponRedeemed redeemed = redeemCoupon.redeem(caller, new CouponRedemptionCommand(code,
                    sent.identifiers().requireRef(Family.COUPON), billNumber, billAmount,
                    Fields.time("redemption_time", sent.redemptionTime(), zone)));
            return CouponEntry.of(redeemed.coupon(), redeemed.series(), redeemed.customer(), zone,
                    CouponEntry.bill(billNumber, billAmount), Family.COUPON.success("Coupon redeemed successfully"));
        });
    }
}
