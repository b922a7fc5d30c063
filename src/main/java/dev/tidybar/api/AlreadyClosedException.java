package dev.tidybar.api;

/** 400 "… is already closed to the sender": the group was already hidden, so the goal is met. */
public class AlreadyClosedException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    public AlreadyClosedException(String message, int httpStatus, String serverError, String serverErrorType) {
        super(message, httpStatus, serverError, serverErrorType);
    }
}
