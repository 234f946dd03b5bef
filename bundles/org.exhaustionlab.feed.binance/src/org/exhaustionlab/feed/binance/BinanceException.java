package org.exhaustionlab.feed.binance;

import java.io.IOException;

/**
 * Binance refused a request: an error body ({@code {"code":-1121,"msg":"Invalid symbol."}}), a ban (HTTP 418) or a
 * rate limit that did not clear. The message is one line for the user.
 */
public final class BinanceException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final int errorCode;

    BinanceException(String message, int httpStatus, int errorCode) {
        super(message);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    /** HTTP status of the response. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Binance error code (negative, e.g. -1121), or 0 if the body had none. */
    public int errorCode() {
        return errorCode;
    }

    /** True for HTTP 418: the IP is banned for a while; stop sending requests. */
    public boolean isBan() {
        return httpStatus == 418;
    }
}
