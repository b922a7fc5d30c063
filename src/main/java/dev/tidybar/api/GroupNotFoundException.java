package dev.tidybar.api;

/** 400 {@code error-room-not-found}: the group is gone, or the user is no longer a member. */
public class GroupNotFoundException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    public GroupNotFoundException(String message, int httpStatus, String serverError, String serverErrorType) {
        super(message, httpStatus, serverError, serverErrorType);
    }
}
