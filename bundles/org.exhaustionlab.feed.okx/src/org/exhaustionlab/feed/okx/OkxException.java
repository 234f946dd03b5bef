package org.exhaustionlab.feed.okx;

import java.io.IOException;

/**
 * OKX refused a request: an error envelope ({@code {"code":"51001","msg":"Instrument ID does not exist"}}) or a rate
 * limit that did not clear. The message is one line for the user.
 */
public final class OkxException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String errorCode;

    OkxException(String message, int httpStatus, String errorCode) {
        super(message);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    /** HTTP status of the response. */
    public int httpStatus() {
        return httpStatus;
    }

    /** OKX error code as OKX sends it (a string such as {@code "51001"}), or empty if the body had none. */
    public String errorCode() {
        return errorCode;
    }

    /** True when OKX kept answering "Too Many Requests" (HTTP 429 or code 50011). */
    public boolean isRateLimit() {
        return httpStatus == 429 || OkxRest.RATE_LIMITED.equals(errorCode);
    }
}
