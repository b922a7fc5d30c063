package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.FakeHttp.Answer;
import dev.tidybar.fake.FakeHttp.Auth;
import dev.tidybar.testing.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API rate limiter: row R1 of §9, its headers, its window, and who is exempt. */
class RateLimitConformanceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private FakeWorkspace workspace;
    private FakeHttp http;
    private final Auth alex = FakeHttp.alexToken();

    @BeforeEach
    void start() throws IOException {
        workspace = FakeWorkspace.start(FakeWorkspaceConfig.demo().withClock(clock)
                .withRateLimit(10, Duration.ofSeconds(60)));
        http = new FakeHttp(workspace);
    }

    @AfterEach
    void stop() {
        workspace.close();
    }

    @Test
    void r1_theEleventhCallInAMinuteIsRefused() {
        for (int call = 1; call <= 10; call++) {
            Answer answer = http.get("/api/v1/groups.list", alex);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("X-RateLimit-Limit")).isEqualTo("10");
            assertThat(answer.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(10 - call));
            assertThat(answer.header("X-RateLimit-Reset")).isEqualTo("1772359260000");
        }
        clock.advance(Duration.ofMillis(2500));

        Answer refused = http.get("/api/v1/groups.list", alex);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo("{\"success\":false,\"error\":\"Error, too many requests. Please slow "
                + "down. You must wait 58 seconds before trying this endpoint again. [error-too-many-requests]\"}");
        assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.header("X-RateLimit-Reset")).isEqualTo("1772359260000");
        assertThat(http.get("/api/v1/subscriptions.get", alex).status()).as("another route").isEqualTo(200);
        assertThat(http.post("/api/v1/groups.close", "{}", alex).status()).as("another method").isEqualTo(400);

        clock.advance(Duration.ofSeconds(58));
        assertThat(http.get("/api/v1/groups.list", alex).status()).isEqualTo(200);
    }

    @Test
    void loginIsLimitedButRefusedUnauthenticatedCallsAreNotCounted() {
        for (int call = 1; call <= 10; call++) {
            http.post("/api/v1/login", "{\"user\":\"nobody\",\"password\":\"x\"}", null);
        }
        assertThat(http.post("/api/v1/login", "{\"user\":\"alex\",\"password\":\"x\"}", null).status())
                .isEqualTo(429);

        for (int call = 1; call <= 11; call++) {
            assertThat(http.get("/api/v1/me", null).status()).isEqualTo(401);
        }
    }

    @Test
    void adminsAreExempt() throws IOException {
        try (FakeWorkspace unlimited = FakeWorkspace.start(FakeWorkspaceConfig.demo().withClock(clock))) {
            FakeHttp plain = new FakeHttp(unlimited);
            Auth admin = plain.login(DemoSeed.ADMIN);
            unlimited.setRateLimit(2, Duration.ofSeconds(60));
            for (int call = 1; call <= 5; call++) {
                Answer answer = plain.get("/api/v1/groups.list", admin);
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.header("X-RateLimit-Limit")).isNull();
            }
            assertThat(plain.get("/api/v1/me", FakeHttp.alexToken()).header("X-RateLimit-Limit")).isEqualTo("2");
        }
    }

    @Test
    void theLimiterIsOffByDefault() throws IOException {
        try (FakeWorkspace unlimited = FakeWorkspace.start(FakeWorkspaceConfig.demo())) {
            FakeHttp plain = new FakeHttp(unlimited);
            for (int call = 1; call <= 12; call++) {
                Answer answer = plain.get("/api/v1/me", alex);
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.header("X-RateLimit-Limit")).isNull();
            }
        }
    }
}
