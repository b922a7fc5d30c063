package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of 200 answer the client reads, broken at random ({@link HostileInputs}), becomes its
 * value or a {@link MalformedResponseException}: never an unchecked exception, nor another failure.
 * What is read goes on to where the app uses it: the list of groups, and the room columns.
 */
class AnswerParsingPropertyTest {

    /** A room as old servers send it, dates in EJSON, with every field the columns read. */
    private static final String ROOM = "{\"_id\":\"r1\",\"name\":\"design-team\",\"fname\":\"Design\",\"topic\":"
            + "\"Mockups\",\"usersCount\":7,\"lm\":{\"$date\":1767225600000},\"lastMessage\":{\"ts\":"
            + "\"2026-01-01T00:00:00.000Z\"},\"_updatedAt\":{\"$date\":1767225600000},\"archived\":false,\"ro\":true,"
            + "\"prid\":\"p1\",\"teamMain\":true}";
    private static final String PAGE = "{\"groups\":[" + ROOM + ",{\"_id\":\"r2\",\"name\":\"old\"}],\"offset\":0,"
            + "\"count\":2,\"total\":2,\"success\":true}";
    private static final String DELTA = "{\"update\":[{\"_id\":\"s1\",\"rid\":\"r1\",\"t\":\"p\",\"name\":\"design-team\","
            + "\"fname\":\"Design\",\"open\":false,\"alert\":true,\"unread\":3,\"userMentions\":1,\"f\":true,"
            + "\"archived\":false,\"prid\":\"p1\",\"_updatedAt\":{\"$date\":1767225600000}},{\"_id\":\"s2\",\"rid\":\"c1\","
            + "\"t\":\"c\",\"name\":\"general\"}],\"remove\":[{\"_id\":\"s3\",\"_deletedAt\":\"2026-05-01T10:00:00.000Z\"}],"
            + "\"success\":true}";

    private final ResponseReader reader = new ResponseReader(Clock.systemUTC());

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.tidybar.api.HostileInputs#seeds")
    void aSignInAnswerIsReadOrMalformed(long seed) {
        readEach(seed, Dto.LoginAnswer.class, List.of(EndpointCall.LOGIN.goodAnswer()),
                login -> assertThat(login.data().authToken()).isNotNull());
        readEach(seed, Dto.Me.class, List.of(EndpointCall.TOKEN_LOGIN.goodAnswer()),
                me -> assertThat(me.id()).isNotNull());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.tidybar.api.HostileInputs#seeds")
    void subscriptionsAreReadIntoTheListOrMalformed(long seed) {
        readEach(seed, Dto.Subscriptions.class, List.of(EndpointCall.LIST.goodAnswer(), DELTA),
                subscriptions -> assertThat(SubscriptionReading.read(subscriptions, seed % 2 == 0).groups())
                        .allSatisfy(group -> assertThat(group.id()).isNotNull()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.tidybar.api.HostileInputs#seeds")
    void roomsAreReadIntoTheirColumnsOrMalformed(long seed) {
        readEach(seed, Dto.GroupsPage.class, List.of(EndpointCall.PAGES.goodAnswer(), PAGE),
                page -> page.groups().forEach(RoomDetailsReading::toDetails));
        readEach(seed, Dto.GroupInfo.class, List.of(EndpointCall.INFO.goodAnswer(), "{\"group\":" + ROOM + "}"),
                info -> assertThat(RoomDetailsReading.toDetails(info.group()).roomId()).isNotNull());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.tidybar.api.HostileInputs#seeds")
    void aCloseOrReopenAnswerIsReadOrMalformed(long seed) {
        readEach(seed, Dto.Success.class, List.of(EndpointCall.CLOSE.goodAnswer(), "{\"success\":false}"),
                success -> assertThat(success.success()).isTrue());
    }

    /** Reads broken versions of {@code examples} as 200 answers; what is read must pass {@code use}. */
    private <T extends Dto.Complete> void readEach(long seed, Class<T> type, List<String> examples,
                                                   HostileInputs.Property<T> use) {
        new HostileInputs(seed).check(inputs -> inputs.json(examples), body -> {
            HttpAnswer answer = new HttpAnswer(URI.create("https://chat.example.com/api/v1/test"), 200,
                    Map.of("content-type", "application/json"), body);
            T value;
            try {
                value = reader.read("test", ErrorMapper.Call.AUTHENTICATED, answer, type);
            } catch (MalformedResponseException unreadable) {
                return;
            }
            use.check(value);
        });
    }
}
