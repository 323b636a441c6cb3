package dev.aegis.client;

import static dev.aegis.client.FakeGateway.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.client.error.AegisException;
import dev.aegis.client.error.AuthenticationException;
import dev.aegis.client.error.BadRequestException;
import dev.aegis.client.error.ConflictException;
import dev.aegis.client.error.InternalServerException;
import dev.aegis.client.error.NotFoundException;
import dev.aegis.client.error.PermissionDeniedException;
import dev.aegis.client.error.RateLimitException;
import dev.aegis.client.error.ServiceUnavailableException;
import dev.aegis.client.error.UnprocessableException;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {

    private final FakeGateway gateway;

    ErrorMappingTest() throws IOException {
        gateway = new FakeGateway();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class),
                Arguments.of(401, AuthenticationException.class),
                Arguments.of(403, PermissionDeniedException.class),
                Arguments.of(404, NotFoundException.class),
                Arguments.of(409, ConflictException.class),
                Arguments.of(413, AegisException.class),
                Arguments.of(422, UnprocessableException.class),
                Arguments.of(429, RateLimitException.class),
                Arguments.of(500, InternalServerException.class),
                Arguments.of(502, InternalServerException.class),
                Arguments.of(503, ServiceUnavailableException.class));
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void eachStatusIsItsOwnExceptionCarryingTheErrorBody(int status, Class<? extends AegisException> type) {
        String body = "{\"error\": {\"message\": \"it went wrong\", \"type\": \"some_error\", \"code\": \"some_code\", \"param\": \"messages\"}}";
        gateway.then(json(status, body));

        try (AegisClient client = AegisClient.builder().baseUrl(gateway.url()).apiKey("k").maxRetries(0).build()) {
            assertThatThrownBy(() -> client.runs().get("run_1")).isExactlyInstanceOf(type).isInstanceOfSatisfying(AegisException.class, e -> {
                assertThat(e.status()).isEqualTo(status);
                assertThat(e.code()).isEqualTo("some_code");
                assertThat(e.type()).isEqualTo("some_error");
                assertThat(e.getMessage()).isEqualTo("it went wrong");
                assertThat(e.param()).contains("messages");
                assertThat(e.body()).isEqualTo(body);
            });
        }
    }

    @Test
    void anErrorBodyThatIsNotTheGatewaysStillNamesTheStatus() {
        gateway.then(exchange -> {
            byte[] page = "<html>Bad Gateway</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(502, page.length);
            exchange.getResponseBody().write(page);
        });

        try (AegisClient client = AegisClient.builder().baseUrl(gateway.url()).apiKey("k").maxRetries(0).build()) {
            assertThatThrownBy(() -> client.routes().list()).isInstanceOfSatisfying(InternalServerException.class, e -> {
                assertThat(e.code()).isEqualTo("http_502");
                assertThat(e.param()).isEmpty();
                assertThat(e.body()).isEqualTo("<html>Bad Gateway</html>");
            });
        }
    }

    @Test
    void aSuccessfulAnswerThatIsNotTheDocumentExpectedIsAnInvalidResponse() {
        gateway.then(json(200, "{\"id\": \"run_1\", \"object\": \"run\"}"));

        try (AegisClient client = AegisClient.builder().baseUrl(gateway.url()).apiKey("k").build()) {
            assertThatThrownBy(() -> client.runs().get("run_1")).isInstanceOfSatisfying(AegisException.class, e -> {
                assertThat(e.code()).isEqualTo("invalid_response");
                assertThat(e.getMessage()).contains("$.route");
            });
        }
    }
}
