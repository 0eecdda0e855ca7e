package org.loyaltyhub.adapter.rest;

/** The request-level messages of Capillary's v1.1 API (spec section 2.1), word for word. */
public final class StatusMessages {
    public static final String SUCCESS = "Success";
    public static final String SOME_FAILED = "Some requests have failed due to errors";
    public static final String ALL_FAILED = "All requests have failed due to errors";
    public static final String INVALID_INPUT = "Input is invalid, Please check request parameters or input xml/json";
    public static final String BAD_CREDENTIALS = "Please check your username/password or authentication token";
    public static final String ACCESS_DENIED =
            "Access denied. Make sure that your API resource has appropriate access control permissions.";
    // Our own wording where Capillary's is unknown; clients go by the code.
    public static final String NOT_FOUND = "Resource not found";
    public static final String METHOD_NOT_ALLOWED = "Method not allowed on this resource";
    public static final String INTERNAL_ERROR = "Internal server error, please try again later";
    public static final String UNSUPPORTED_MEDIA_TYPE =
            "Unsupported media type: send the body with Content-Type application/json or application/xml";
    public static final String TOO_LARGE = "Request body is too large";
    public static final String TOO_MANY_REQUESTS = "Too many requests";
    public static final String URI_TOO_LONG = "Request URL is too long";
    public static final String HEADERS_TOO_LARGE = "Request headers are too large";
    public static final String STORAGE_UNAVAILABLE =
            "Service temporarily unavailable: the database cannot be reached, please retry shortly";

    private StatusMessages() {
    }

    /** The 413 message when the limit is known. */
    public static String tooLarge(long maxBytes) {
        return TOO_LARGE + ": at most " + maxBytes + " bytes are accepted";
    }

    /** The 429 message: whose limit, how high, and when to come back. */
    public static String tooManyRequests(String username, int perMinute, long retryAfterSeconds) {
        return TOO_MANY_REQUESTS + ": API user " + username + " may send at most " + perMinute
                + " requests per minute; retry after " + retryAfterSeconds + " s";
    }

    /** The 414 message when the limit is known. */
    public static String uriTooLong(int maxInitialLineLength) {
        return URI_TOO_LONG + ": the request line (method, URL and version) may have at most "
                + maxInitialLineLength + " characters";
    }

    /** The 431 message when the limit is known. */
    public static String headersTooLarge(int maxHeaderSize) {
        return HEADERS_TOO_LARGE + ": at most " + maxHeaderSize + " bytes of headers are accepted";
    }

    /** The message for an error status the framework produced (no route, bad method, failure...). */
    public static String forErrorStatus(int code) {
        return switch (code) {
            case 400 -> INVALID_INPUT;
            case 401 -> BAD_CREDENTIALS;
            case 403 -> ACCESS_DENIED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> "Requested format is not available";
            case 413 -> TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> STORAGE_UNAVAILABLE;
            default -> code >= 500 ? INTERNAL_ERROR : "Request failed";
        };
    }
}
