package dev.tidybar.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.api.AlreadyOpenException;
import dev.tidybar.api.BadRequestException;
import dev.tidybar.api.ForbiddenException;
import dev.tidybar.api.MalformedResponseException;
import dev.tidybar.api.NetworkException;
import dev.tidybar.api.ServerErrorException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The words of the groups screen's banners for failures the fake workspace cannot produce on a group call. */
class ErrorNoticesGroupsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

    private final ErrorNotices errors =
            new ErrorNotices(UiText.load(Locale.ENGLISH), Clock.fixed(NOW, ZoneOffset.UTC));
    private final AtomicInteger retries = new AtomicInteger();

    @Test
    void pagesPastTheCapAreSaidPlainly() {
        var notice = errors.detailsCapped(100_000, 1000);

        assertThat(notice.severity()).isEqualTo(Notice.Severity.WARNING);
        assertThat(notice.title()).isEqualTo("Topics and members stop after 100,000 groups");
        assertThat(notice.message()).contains("after 1,000 pages", "Every group is listed and can be closed");
    }

    @Test
    void forbiddenIsAnErrorWithoutRetry() {
        var notice = errors.jobFailure(new ForbiddenException("403", 403, "unauthorized", null),
                JobKind.CLOSE, "design-team", retries::incrementAndGet);

        assertThat(notice.severity()).isEqualTo(Notice.Severity.ERROR);
        assertThat(notice.title()).isEqualTo("Could not close ‘design-team’");
        assertThat(notice.message()).contains("not allowed", "administrator");
        assertThat(notice.actions()).isEmpty();
        assertThat(notice.details()).contains("HTTP 403", "error: unauthorized", "Time: 2026-11-26T10:15:30Z");
    }

    @Test
    void anyOtherBadRequestQuotesTheServer() {
        var failure = new BadRequestException("400", 400,
                "The parameter \"roomId\" or \"roomName\" is required [error-room-param-not-provided]",
                "error-room-param-not-provided");

        var notice = errors.jobFailure(failure, JobKind.REOPEN, "design-team", retries::incrementAndGet);

        assertThat(notice.title()).isEqualTo("Could not reopen ‘design-team’");
        assertThat(notice.message()).contains("The parameter \"roomId\" or \"roomName\" is required");
        assertThat(notice.details()).contains("errorType: error-room-param-not-provided");
        assertThat(notice.actions()).isEmpty();
    }

    @Test
    void alreadyOpenIsInformation() {
        var failure = new AlreadyOpenException("400", 400,
                "The private group, design-team, is already open for the sender", null);

        var notice = errors.jobFailure(failure, JobKind.REOPEN, "design-team", retries::incrementAndGet);

        assertThat(notice.severity()).isEqualTo(Notice.Severity.INFO);
        assertThat(notice.title()).isEqualTo("‘design-team’ is already in your sidebar");
    }

    @Test
    void aHugeAnswerAndARedirectAwayAreSaidForWhatTheyAre() {
        var huge = errors.listingFailure(new MalformedResponseException("too large",
                MalformedResponseException.Kind.TOO_LARGE, 200, null), retries::incrementAndGet);
        var away = errors.listingFailure(new MalformedResponseException("redirected",
                MalformedResponseException.Kind.REDIRECTED_AWAY, 302, null, "https://elsewhere.example:443"),
                retries::incrementAndGet);

        assertThat(huge.message()).startsWith("The server’s answer was far larger than any Rocket.Chat answer");
        assertThat(away.message())
                .startsWith("The server sent Tidybar on to another site, https://elsewhere.example:443");
    }

    @Test
    void passingTroublesOfferRetryThatRunsTheAction() {
        var untrusted = errors.listingFailure(
                new NetworkException("tls", NetworkException.Kind.TLS, "chat.example.com", "groups.close",
                        Duration.ZERO, null), retries::incrementAndGet);
        var garbled = errors.listingFailure(
                new MalformedResponseException("bad", MalformedResponseException.Kind.NOT_JSON, 200, null),
                retries::incrementAndGet);
        var unavailable = errors.listingFailure(new ServerErrorException("503", 503, null, null), retries::incrementAndGet);

        assertThat(untrusted.message()).contains("chat.example.com", "certificate");
        assertThat(untrusted.details()).contains("TLS (chat.example.com)");
        assertThat(garbled.message()).contains("could not be read");
        assertThat(garbled.details()).contains("NOT_JSON", "HTTP 200");
        assertThat(unavailable.message()).contains("HTTP 503");
        for (var notice : new Notice[] {untrusted, garbled, unavailable}) {
            assertThat(notice.title()).isEqualTo("Could not load your groups");
            notice.actions().get(0).run().run();
        }
        assertThat(retries).hasValue(3);
    }
}
