package dev.tidybar.ui.login;

/** The password sign-in asks for credentials first, then for a 2FA code if the server wants one. */
public enum LoginStep { CREDENTIALS, TWO_FACTOR }
