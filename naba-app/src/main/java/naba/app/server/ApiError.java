package naba.app.server;

/**
 * An HTTP error with its status and a stable code, sent as {@code {"error":{"code","message"}}}:
 * {@code new ApiError(404, "not_found", "no document with id «abc»")}.
 */
final class ApiError extends RuntimeException {
    private final int status;
    private final String code;

    ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
