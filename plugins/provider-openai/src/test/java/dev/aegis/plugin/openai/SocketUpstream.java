package dev.aegis.plugin.openai;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 upstream on a plain server socket, so a test sees what the connection pool does: how
 * many connections were accepted, how many are open, and it can close a connection the way a server
 * whose keep-alive timeout ran out does, silently.
 */
final class SocketUpstream implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean closesAfterEachAnswer;
    private volatile boolean streamsEndCleanly = true;
    private volatile CountDownLatch streamGate = new CountDownLatch(0);

    SocketUpstream() throws IOException {
        server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        threads.submit(this::accept);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
    }

    /** Connections accepted so far. */
    int accepted() {
        return accepted.get();
    }

    /** Connections neither side has closed yet. */
    int open() {
        return open.get();
    }

    /** Like a server whose keep-alive timeout is shorter than the client's idle time: no warning. */
    void closeAfterEachAnswer() {
        closesAfterEachAnswer = true;
    }

    /** Streams send their first event, then nothing more, never ending the body. */
    void stallStreams() {
        streamsEndCleanly = false;
    }

    /** Streams send their first event, then wait for the gate before the rest and {@code [DONE]}. */
    void holdStreamsUntil(CountDownLatch gate) {
        streamGate = gate;
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepted.incrementAndGet();
                open.incrementAndGet();
                threads.submit(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            // one flush per answer, and no Nagle: the client's delayed ACK must not pace the test
            socket.setTcpNoDelay(true);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            for (String body = readRequest(in); body != null; body = readRequest(in)) {
                if (body.contains("\"stream\":true")) {
                    stream(in, out);
                } else {
                    answer(out, Answers.COMPLETION.getBytes(StandardCharsets.UTF_8));
                }
                if (closesAfterEachAnswer) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away, or the test ended
        } finally {
            open.decrementAndGet();
        }
    }

    /** The request's body, or null when the client closed the connection. */
    private static String readRequest(InputStream in) throws IOException {
        int length = 0;
        for (String line = readLine(in); ; line = readLine(in)) {
            if (line == null) {
                return null;
            }
            if (line.isEmpty()) {
                break;
            }
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8).replace(" ", "");
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return null;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static void answer(OutputStream out, byte[] body) throws IOException {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private void stream(InputStream in, OutputStream out) throws IOException, InterruptedException {
        out.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        chunk(out, "data: " + Answers.TEXT_STREAM[1] + "\n\n");
        if (!streamsEndCleanly) {
            // silent until the client closes the connection
            while (in.read() >= 0) {
                continue;
            }
            throw new IOException("the client closed the stalled stream");
        }
        streamGate.await();
        for (int event = 2; event < Answers.TEXT_STREAM.length; event++) {
            chunk(out, "data: " + Answers.TEXT_STREAM[event] + "\n\n");
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
