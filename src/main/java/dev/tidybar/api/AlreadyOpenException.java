package dev.tidybar.api;

/** 400 "… is already open for the sender": the group was already in the sidebar. */
public class AlreadyOpenException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    public AlreadyOpenException(String message, int httpStatus, String serverError, String serverErrorType) {
        super(message, httpStatus, serverError, serverErrorType);
    }
}
