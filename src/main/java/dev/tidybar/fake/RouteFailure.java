package dev.tidybar.fake;

/** Ends a route's action early with an error answer, as a thrown Meteor.Error does in Rocket.Chat. */
final class RouteFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApiResponse response;

    RouteFailure(ApiResponse response) {
        super(response.bodyText(), null, false, false);
        this.response = response;
    }

    ApiResponse response() {
        return response;
    }
}
