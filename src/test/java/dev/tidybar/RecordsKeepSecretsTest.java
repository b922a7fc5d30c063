package dev.tidybar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tidybar.api.InvalidWorkspaceAddressException;
import dev.tidybar.api.Session;
import dev.tidybar.api.WorkspaceAddress;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * No record of the app prints a password, a token or a 2FA code it holds. The records are found on
 * the class path rather than listed, so one added later is checked too. A component is secret by
 * its name, or when its type is a record holding a secret.
 */
class RecordsKeepSecretsTest {

    /** Credentials, bodies and headers too: on the wire they carry the password and the tokens. */
    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(password|token|code|secret|credential|body|header).*");

    @Test
    void everyRecordHoldingASecretKeepsItOutOfItsToString() throws Exception {
        List<Class<?>> holders = appRecords().stream().filter(RecordsKeepSecretsTest::holdsSecret).toList();

        // the search itself works: these are known to hold secrets
        assertThat(holders).extracting(Class::getSimpleName).contains("LoginData", "LoginAnswer", "PasswordLogin",
                "Session", "Outgoing", "HttpAnswer", "SignInRequest", "SessionWork", "LoginAttempt", "ReceivedRequest");
        var softly = new SoftAssertions();
        for (Class<?> holder : holders) {
            var secrets = new ArrayList<String>();
            String printed = instanceOf(holder, secrets).toString();
            softly.assertThat(printed).as(holder.getName()).doesNotContain(secrets.toArray(String[]::new));
        }
        softly.assertAll();
    }

    private static List<Class<?>> appRecords() throws IOException, URISyntaxException {
        Path classes = Path.of(Session.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith(".class"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length()).replace(
                            classes.getFileSystem().getSeparator(), ".")))
                    .filter(Class::isRecord)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RecordsKeepSecretsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a class file of the app that does not load: " + name, e);
        }
    }

    private static boolean holdsSecret(Class<?> type) {
        return type.isRecord() && Arrays.stream(type.getRecordComponents())
                .anyMatch(component -> isSecret(component) || component.getType() != type
                        && holdsSecret(component.getType()));
    }

    /** A flag such as {@code Session.personalToken} is named like a secret but cannot hold one. */
    private static boolean isSecret(RecordComponent component) {
        return SECRET_NAME.matcher(component.getName()).matches() && !component.getType().isPrimitive();
    }

    /** Every secret component holds a new secret, added to {@code secrets}; the others hold something plain. */
    private static Object instanceOf(Class<?> record, List<String> secrets)
            throws ReflectiveOperationException, InvalidWorkspaceAddressException {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = valueOf(record, components[i], secrets);
        }
        var constructor = record.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                .toArray(Class<?>[]::new));
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static Object valueOf(Class<?> record, RecordComponent component, List<String> secrets)
            throws ReflectiveOperationException, InvalidWorkspaceAddressException {
        Class<?> type = component.getType();
        if (type != record && holdsSecret(type)) {
            return instanceOf(type, secrets);
        }
        if (!isSecret(component)) {
            return plain(type);
        }
        String secret = "s3cret-" + record.getSimpleName() + "-" + component.getName() + "-Qx7vT2";
        secrets.add(secret);
        if (type == String.class) {
            return secret;
        }
        if (type == byte[].class) {
            return ("{\"password\":\"" + secret + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        if (type == Map.class) {
            return Map.of("X-Auth-Token", secret);
        }
        if (type == JsonNode.class) {
            return TextNode.valueOf(secret);
        }
        return fail("%s.%s is named like a secret: give this test a sample %s that holds one",
                record.getName(), component.getName(), type.getName());
    }

    private static Object plain(Class<?> type) throws InvalidWorkspaceAddressException {
        if (type.isPrimitive()) {
            return Array.get(Array.newInstance(type, 1), 0);
        }
        if (type == String.class) {
            return "plain";
        }
        if (type == WorkspaceAddress.class) {
            return WorkspaceAddress.parse("chat.example.com");
        }
        if (type == URI.class) {
            return URI.create("https://chat.example.com/api/v1/login");
        }
        if (type == Map.class) {
            return Map.of();
        }
        return type == List.class ? List.of() : null;
    }
}
