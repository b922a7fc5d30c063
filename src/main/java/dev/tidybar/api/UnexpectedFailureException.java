package dev.tidybar.api;

/**
 * A call failed in a way the client does not foresee: an unchecked exception, here or in a library,
 * on an answer no server should give. Its cause keeps what happened, for the log and the details.
 */
public class UnexpectedFailureException extends RocketChatException {

    private static final long serialVersionUID = 1L;

    public UnexpectedFailureException(String message, Throwable cause) {
        super(message, 0, null, null, cause);
    }
}
