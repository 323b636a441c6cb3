package dev.aegis.server.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.server.internal.ApiError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartTest {

    @Test
    void findsTheBoundaryQuotedOrNot() {
        assertThat(Multipart.boundary("multipart/form-data; boundary=abc")).contains("abc");
        assertThat(Multipart.boundary("multipart/form-data; boundary=\"a b;c\"")).contains("a b;c");
        assertThat(Multipart.boundary("application/json")).isEmpty();
    }

    @Test
    void readsFieldsAndFilesWithBinaryContent() {
        byte[] binary = {0, '\r', '\n', '-', '-', (byte) 0xff};
        byte[] body = concat("--b\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r\u00e9sum\u00e9.txt\"\r\nContent-Type: text/plain\r\n\r\n", binary,
                "\r\n--b--\r\n");

        List<Multipart.Part> parts = Multipart.parse(body, "b");

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).name()).isEqualTo("purpose");
        assertThat(parts.get(0).text()).isEqualTo("assistants");
        assertThat(parts.get(0).filename()).isEmpty();
        assertThat(parts.get(1).filename()).contains("r\u00e9sum\u00e9.txt");
        assertThat(parts.get(1).content()).isEqualTo(binary);
    }

    @Test
    void anUnclosedPartIsRefused() {
        byte[] body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nno end".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Multipart.parse(body, "b")).isInstanceOf(ApiError.class).hasMessageContaining("not closed");
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        byte[] first = head.getBytes(StandardCharsets.UTF_8);
        byte[] last = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[first.length + middle.length + last.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(middle, 0, all, first.length, middle.length);
        System.arraycopy(last, 0, all, first.length + middle.length, last.length);
        return all;
    }
}
