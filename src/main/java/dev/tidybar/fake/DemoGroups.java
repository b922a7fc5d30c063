package dev.tidybar.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** Alex's private groups in the demo seed, and the generator of extra ones. */
final class DemoGroups {

    /** One seeded group, as alex sees it. */
    private record Row(String name, String topic, int members, int hoursAgo, boolean hidden, int unread,
                       int mentions) {
    }

    private static Row row(String name, String topic, int members, int hoursAgo) {
        return new Row(name, topic, members, hoursAgo, false, 0, 0);
    }

    private static Row hidden(String name, String topic, int members, int hoursAgo) {
        return new Row(name, topic, members, hoursAgo, true, 0, 0);
    }

    private static Row unread(String name, String topic, int members, int hoursAgo, int unread, int mentions) {
        return new Row(name, topic, members, hoursAgo, false, unread, mentions);
    }

    private static final int DAY = 24;

    private static final List<Row> ALEX_GROUPS = List.of(
            unread("design-team", "Design reviews and critique", 9, 2, 7, 2),
            hidden("old-project-x", "Archive of the Project X pilot", 9, 300 * DAY),
            row("release-2025", "Release train for 2025", 23, 200 * DAY),
            unread("platform-team", "Infrastructure, CI and developer tooling", 31, 20, 3, 0),
            unread("announcements-internal", "Company news. Questions go to support-tier2", 48, 3 * DAY, 1, 0),
            row("backend-guild", "Backend patterns and code-review swaps", 18, 2 * DAY),
            unread("frontend-guild", "CSS, accessibility and the component library", 15, 5 * DAY, 12, 0),
            row("mobile-app", "iOS and Android releases", 11, 9 * DAY),
            hidden("data-platform", "Pipelines, warehouse and dashboards", 14, 20 * DAY),
            unread("security-champions", "Threat models and dependency alerts", 8, 12 * DAY, 2, 1),
            row("incident-review", "Blameless post-mortems", 19, 30 * DAY),
            unread("on-call-rotation", "Who is on call this week", 10, 4, 5, 0),
            hidden("hiring-backend", "Interview loop for backend roles", 6, 60 * DAY),
            hidden("hiring-design", "Portfolio reviews", 5, 90 * DAY),
            hidden("offsite-2025", "Lisbon offsite logistics", 27, 150 * DAY),
            row("book-club", "This month: Designing Data-Intensive Applications", 9, 14 * DAY),
            unread("coffee-chats", "Random pairings every Monday", 33, 7 * DAY, 4, 0),
            unread("customer-escalations", "P1 customer issues only", 13, DAY, 9, 1),
            row("api-v2-migration", "Moving clients from v1 to v2 endpoints", 12, 45 * DAY),
            row("docs-writers", "Style guide and review queue", 7, 25 * DAY),
            hidden("perf-budget", "Web performance budgets and regressions", 6, 70 * DAY),
            row("q4-roadmap", "Q4 roadmap drafts", 9, 110 * DAY),
            hidden("legal-review", "Contract and licence questions", 4, 180 * DAY),
            row("marketing-launch", "Spring launch campaign", 16, 130 * DAY),
            row("sales-engineering", "Demos, proofs of concept and RFP answers", 11, 35 * DAY),
            unread("support-tier2", "Tier 2 support handovers", 14, 4 * DAY, 2, 0),
            row("ux-research", "Interview notes and usability tests", 8, 18 * DAY),
            hidden("brand-refresh", "New logo and typography", 10, 240 * DAY),
            row("accessibility", "WCAG audits and fixes", 7, 22 * DAY),
            row("ml-experiments", "Model experiments and evaluation results", 5, 55 * DAY),
            row("infra-costs", "Cloud bill watch", 6, 80 * DAY),
            hidden("kubernetes-upgrade", "Cluster upgrade to 1.31", 9, 100 * DAY),
            unread("design-system", "Tokens, components and the Figma library", 13, 6 * DAY, 1, 0),
            row("team-lunch", "Friday lunch orders", 21, 2 * DAY + 5),
            hidden("pairing-club", "Find a pairing partner", 12, 160 * DAY),
            hidden("intern-program", "Summer interns", 8, 270 * DAY),
            row("vendor-evaluations", "Tools we are trialling", 5, 210 * DAY),
            row("board-prep", "Board meeting decks", 4, 120 * DAY),
            row("gdpr-requests", "Data subject requests (confidential)", 3, 65 * DAY),
            hidden("hackathon-2025", "Hack week ideas and teams", 29, 330 * DAY));

    private static final String[] AREAS = {"ops", "web", "data", "sales", "design", "support", "infra", "qa",
        "growth", "finance", "legal", "people", "mobile", "search", "billing", "identity"};
    private static final String[] THEMES = {"standup", "triage", "roadmap", "retro", "launch", "alerts", "budget",
        "hiring", "research", "migration", "review", "sync", "planning", "oncall", "metrics", "docs"};
    private static final String[] LINES = {"Shipped, thanks all!", "Can someone review my PR?",
        "Notes from today's sync are in the doc.", "Moving this to next week.", "Looks good to me.",
        "Reminder: demo at 3 pm."};

    private final FakeState state;
    private final FakeUser alex;
    private final List<FakeUser> others;
    private final Random layout = new Random(DemoSeed.ID_SEED + 1);
    private final Instant now;

    DemoGroups(FakeState state, FakeUser alex, FakeUser jordan, FakeUser priya) {
        this.state = state;
        this.alex = alex;
        this.others = List.of(jordan, priya);
        this.now = state.now();
    }

    void addAlexGroups() {
        String teamId = state.newId();
        for (int i = 0; i < ALEX_GROUPS.size(); i++) {
            Row row = ALEX_GROUPS.get(i);
            FakeRoom room = group(row.name(), row.name(), row.topic(), row.members(), row.hoursAgo(), i);
            switch (row.name()) {
                case "release-2025":
                    room.flags(false, true);
                    break;
                case "announcements-internal":
                    room.flags(true, false);
                    break;
                case "platform-team":
                    room.team(teamId, true);
                    break;
                case "backend-guild":
                    room.team(teamId, false);
                    break;
                default:
                    break;
            }
            subscribeAlexAndOthers(room, row.hidden(), row.unread(), row.mentions(), i % 4 == 0);
        }
        FakeRoom parent = state.roomByName("platform-team");
        FakeRoom discussion = group(state.newId(), "Q3 planning", null, 6, 40 * DAY, 1);
        discussion.discussionOf(parent.id());
        subscribeAlexAndOthers(discussion, false, 0, 0, false);
    }

    /** {@code count} generated groups, their last activity spread over the past year. */
    void addExtraGroups(int count) {
        for (int i = 0; i < count; i++) {
            String area = AREAS[i % AREAS.length];
            String theme = THEMES[(i / AREAS.length) % THEMES.length];
            String name = String.format("%s-%s-%05d", area, theme, i + 1);
            FakeRoom room = group(name, name, "The " + area + " " + theme + " group", 3 + layout.nextInt(60),
                    layout.nextInt(365 * DAY), i);
            int unread = i % 5 == 0 ? 1 + layout.nextInt(20) : 0;
            subscribeAlexAndOthers(room, i % 6 == 0, unread, i % 15 == 0 ? 1 : 0, false);
        }
    }

    void addMember(FakeUser user, String... roomNames) {
        for (String name : roomNames) {
            state.subscribe(state.roomByName(name), user, false);
        }
    }

    void addOwnGroup(FakeUser owner, String name, String topic) {
        FakeRoom room = state.addRoom(new FakeRoom(state.newId(), "p", name, name, owner,
                now.minus(Duration.ofDays(90))).describe(topic, null));
        room.setUsersCount(1);
        state.subscribe(room, owner, true);
    }

    private FakeRoom group(String name, String fname, String topic, int members, int hoursAgo, int index) {
        Instant lastActivity = now.minus(Duration.ofHours(hoursAgo)).minusSeconds(layout.nextInt(3600));
        Instant created = lastActivity.minus(Duration.ofDays(30 + layout.nextInt(300)));
        FakeUser owner = index % 3 == 0 ? alex : others.get(index % 2);
        FakeRoom room = state.addRoom(new FakeRoom(state.newId(), "p", name, fname, owner, created)
                .describe(topic, null));
        room.setUsersCount(members);
        room.setMsgs(members * (5 + layout.nextInt(40)));
        FakeUser sender = others.get(layout.nextInt(others.size()));
        state.messagePosted(room, new FakeMessage(state.newId(), room.id(), LINES[layout.nextInt(LINES.length)],
                lastActivity, sender, List.of()));
        return room;
    }

    private void subscribeAlexAndOthers(FakeRoom room, boolean hidden, int unread, int mentions, boolean favourite) {
        state.subscribe(room, alex, room.owner() == alex).seeded(!hidden, unread, mentions, favourite);
        for (FakeUser other : others) {
            state.subscribe(room, other, room.owner() == other);
        }
    }
}
