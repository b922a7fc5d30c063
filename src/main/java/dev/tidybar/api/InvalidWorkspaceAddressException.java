package dev.tidybar.api;

/** The typed workspace address cannot be a Rocket.Chat server address; the message says why, for the user. */
public class InvalidWorkspaceAddressException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidWorkspaceAddressException(String message) {
        super(message);
    }
}
