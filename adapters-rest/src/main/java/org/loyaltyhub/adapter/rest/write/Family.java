package org.loyaltyhub.adapter.rest.write;

import org.loyaltyhub.adapter.rest.ItemStatus;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.application.port.in.write.WriteRefusedException;

/**
 * The item codes of one family of write endpoints. Capillary numbers its codes per resource (customer 1000s,
 * transaction 600s, points 800s, coupon 700s), so the same refusal can carry a different code depending on the
 * endpoint that met it. Codes Capillary documents are used as documented; the rest are our choice, listed as
 * such in docs/api/writes.md. An item's message is the code's text, then what the use case said exactly.
 */
public enum Family {
    CUSTOMER("1000", "1042", "Invalid mobile no/email id/external id"),
    TRANSACTION("600", "1042", "Invalid mobile no/email id/external id"),
    POINTS("800", "802", "Mobile number/email id/external id you have entered is invalid"),
    COUPON("700", "701", "Unable to find the customer. Please enter correct mobile number/email id/external id");

    private final String successCode;
    private final String invalidIdentifierCode;
    private final String invalidIdentifierText;

    Family(String successCode, String invalidIdentifierCode, String invalidIdentifierText) {
        this.successCode = successCode;
        this.invalidIdentifierCode = invalidIdentifierCode;
        this.invalidIdentifierText = invalidIdentifierText;
    }

    public ItemStatus success(String message) {
        return ItemStatus.of(true, successCode, message);
    }

    public String successCode() {
        return successCode;
    }

    /** A customer identifier that is missing or has the wrong shape for its type. */
    public ItemFailure invalidIdentifier(String detail) {
        return new ItemFailure(invalidIdentifierCode, invalidIdentifierText + ": " + detail);
    }

    public ItemStatus refused(WriteRefusedException refused) {
        Code code = codeFor(refused.refusal());
        String detail = refused.getMessage();
        return ItemStatus.of(false, code.code(), detail == null || detail.isBlank() ? code.text()
                : code.text() + ": " + detail);
    }

    /** The code and text this family answers for a refusal. */
    public Code codeFor(WriteRefusal refusal) {
        return switch (this) {
            case CUSTOMER -> switch (refusal) {
                case UNKNOWN_STORE, UNKNOWN_TILL -> new Code("1004", "Failed to populate store");
                default -> common(refusal);
            };
            case TRANSACTION -> switch (refusal) {
                case TIME_OUT_OF_ORDER -> new Code("644", "Invalid transaction time");
                default -> common(refusal);
            };
            case POINTS -> switch (refusal) {
                case CUSTOMER_NOT_FOUND -> new Code("816", "Customer not found for organization");
                case NOT_LOYALTY -> new Code("686", "Customer has not enrolled in the loyalty program. "
                        + "Points redemption is not applicable");
                case FRAUD_BLOCKED -> new Code("809", "Unable to process. Customer is marked as fraud");
                case UNKNOWN_BILL -> new Code("811", "The transaction number entered to redeem points is invalid");
                default -> common(refusal);
            };
            case COUPON -> switch (refusal) {
                case CUSTOMER_NOT_FOUND -> new Code("701", "Unable to find the customer");
                case NOT_LOYALTY -> new Code("721", "Unable to issue/redeem coupon. Customer is invalid");
                default -> common(refusal);
            };
        };
    }

    private static Code common(WriteRefusal refusal) {
        return switch (refusal) {
            case INVALID_INPUT -> new Code("400", "Input is invalid");
            case CUSTOMER_NOT_FOUND -> new Code("1012",
                    "Cannot find customer with the provided mobile number/external ID/e-mail ID");
            case CUSTOMER_ERASED -> new Code("8109", "Customer is deleted after PII delete request");
            case IDENTIFIER_CONFLICT -> new Code("1016", "Identifier already belongs to another customer");
            case DUPLICATE_TRANSACTION -> new Code("604", "Duplicate transaction number");
            case UNKNOWN_STORE, UNKNOWN_TILL -> new Code("671", "Invalid store/till code passed");
            case UNKNOWN_PROGRAM -> new Code("400", "Invalid program_id");
            case UNKNOWN_BILL -> new Code("625", "Parent Bill Number for the return transaction does not exist");
            case TIME_OUT_OF_ORDER -> new Code("400", "Time is out of order");
            case NOT_LOYALTY -> new Code("1013", "Customer is not registered for the loyalty program");
            case INSUFFICIENT_POINTS -> new Code("803",
                    "Unable to redeem. The points you are trying to redeem is more than the available points");
            case FRAUD_BLOCKED -> new Code("618", "Not allowed - customer is marked as fraud");
            case UNKNOWN_COUPON_SERIES -> new Code("707", "Coupon series id is invalid");
            case COUPON_LIMIT_REACHED -> new Code("722", "Unable to issue coupon");
            case COUPON_NOT_FOUND -> new Code("719", "Coupon code does not exist");
            case COUPON_NOT_OWNED -> new Code("703", "Coupon not issued to this customer");
            case COUPON_EXPIRED -> new Code("713", "Coupon has expired");
            case COUPON_USED_UP -> new Code("711", "Coupon is redeemed already");
            case COUPON_RESTRICTED -> new Code("710", "Coupon cannot be redeemed at this till or store");
        };
    }

    /** An item code and its fixed text. */
    public record Code(String code, String text) {
    }
}
