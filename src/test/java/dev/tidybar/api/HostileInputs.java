package dev.tidybar.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * Seeded random inputs for the parsers' property tests, made by breaking valid examples: cut short,
 * bytes flipped, a value swapped for one of another type, huge numbers, deep nesting, odd Unicode,
 * nothing at all. The same seed always gives the same inputs, so a failure can be replayed.
 */
final class HostileInputs {

    /** How many inputs each seed gives each parser. */
    static final int PER_SEED = 300;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Text that parsers of addresses, numbers and dates trip on. */
    private static final List<String> ODD_TEXT = List.of("", " ", "\t", "\n", "\u0000", "\uD800", "\uDFFF", "😀",
            "\u202E", "\u200B", "\u0301", "İ", "ß", "K", "١٢٣", "１２３", "ｈｔｔｐｓ", "xn--", "xn--zz", "..", ".", ":",
            "::", "[", "]", "[::1]", "@", "%", "%zz", "%00", "%2F", "/", "//", "?", "#", "\\", "-", "+", "_", "0x10",
            "1e3", "1.5", "-0", "NaN", "Infinity", "99999999999999999999", "-9223372036854775809",
            "9223372036854775807", "2147483648", "-2147483649", "null", "true", "{}", "[]", "\"");

    /** Dates as servers write them, and near misses. */
    static final List<String> DATES = List.of("2026-05-01T10:00:00.000Z", "2026-05-01T10:00:00Z",
            "2026-05-01T10:00:00.123456789+02:00", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "2026-02-30T10:00:00Z", "2026-05-01", "1767225600000");

    private final long seed;
    private final Random random;

    HostileInputs(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** The seeds every property test runs with. */
    static LongStream seeds() {
        return LongStream.of(1, 2, 42, 20_260_526);
    }

    /**
     * Checks {@code PER_SEED} inputs made by {@code make}; a failure, whatever it throws, is reported with
     * the seed and the input, so that it can be replayed.
     */
    <T> void check(Function<HostileInputs, T> make, Property<T> property) {
        for (int i = 0; i < PER_SEED; i++) {
            T input = make.apply(this);
            try {
                property.check(input);
            } catch (Throwable failure) {
                throw new AssertionError("seed " + seed + ", input " + i + ": " + printable(input), failure);
            }
        }
    }

    /** What must hold of every input. */
    @FunctionalInterface
    interface Property<T> {
        void check(T input) throws Exception;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** One of {@code valid} broken in one or two ways, as UTF-8 bytes (which may no longer be UTF-8). */
    byte[] json(List<String> valid) {
        String text = oneOf(valid);
        if (random.nextInt(10) == 0) {
            return text.getBytes(StandardCharsets.UTF_8);   // now and then the example itself
        }
        for (int times = 1 + random.nextInt(2); times > 0; times--) {
            text = switch (random.nextInt(4)) {
                case 0 -> swapAValue(text);
                case 1 -> text(List.of(text));
                case 2 -> nested(text);
                default -> text.substring(0, random.nextInt(text.length() + 1));
            };
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0 && random.nextInt(4) == 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** One of {@code valid} with a piece of odd text put in, taken out or repeated, or cut short. */
    String text(List<String> valid) {
        String text = oneOf(valid);
        int at = random.nextInt(text.length() + 1);
        return switch (random.nextInt(6)) {
            case 0 -> text.substring(0, at) + oneOf(ODD_TEXT) + text.substring(at);
            case 1 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(4)));
            case 2 -> text.substring(0, at) + text.substring(at / 2);
            case 3 -> text.substring(0, at);
            case 4 -> text.substring(0, at) + (char) random.nextInt(0x3000) + text.substring(at);
            default -> oneOf(ODD_TEXT) + text + oneOf(ODD_TEXT);
        };
    }

    /** Any JSON value: a scalar of any type and size, or a container, {@code depth} levels deep at most. */
    JsonNode anyValue(int depth) {
        return switch (random.nextInt(depth > 0 ? 12 : 10)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt());
            case 3 -> NODES.numberNode(random.nextLong());
            case 4 -> NODES.numberNode(new BigInteger(200, random).negate());
            case 5 -> NODES.numberNode(new BigDecimal("1e" + (random.nextInt(800) - 400)));
            case 6 -> NODES.numberNode(random.nextDouble() * 1e12 - 5e11);
            case 7 -> NODES.textNode(oneOf(ODD_TEXT));
            case 8 -> NODES.textNode(text(DATES));
            case 9 -> NODES.textNode(new String(Character.toChars(random.nextInt(0x10FFFF))));
            case 10 -> NODES.arrayNode().add(anyValue(depth - 1)).add(anyValue(depth - 1));
            default -> NODES.objectNode().set("$date", anyValue(depth - 1));
        };
    }

    /** {@code text} with one of its values, found as JSON, swapped for any other; unchanged when it is not JSON. */
    private String swapAValue(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            return text;
        }
        List<ContainerNode<?>> containers = new ArrayList<>();
        collectContainers(root, containers);
        if (containers.isEmpty()) {
            return anyValue(2).toString();
        }
        ContainerNode<?> container = oneOf(containers);
        if (container instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            object.set(oneOf(names), anyValue(2));
        } else if (container instanceof ArrayNode array && !array.isEmpty()) {
            array.set(random.nextInt(array.size()), anyValue(2));
        }
        return root.toString();
    }

    private static void collectContainers(JsonNode node, List<ContainerNode<?>> into) {
        if (node instanceof ContainerNode<?> container) {
            into.add(container);
            node.elements().forEachRemaining(child -> collectContainers(child, into));
        }
    }

    /** {@code text} inside arrays or objects a few levels deep, or about as deep as the parser allows (1,000). */
    private String nested(String text) {
        int depth = random.nextBoolean() ? 1 + random.nextInt(10) : 990 + random.nextInt(20);
        boolean arrays = random.nextBoolean();
        return (arrays ? "[" : "{\"a\":").repeat(depth) + text + (arrays ? "]" : "}").repeat(depth);
    }

    private static String printable(Object input) {
        String text = input instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(input);
        return text.length() > 2_000 ? text.substring(0, 2_000) + "… (" + text.length() + " chars)" : text;
    }
}
