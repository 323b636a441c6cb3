package dev.aegis.runtime.audit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.runtime.store.PrivateFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An archive segment: a run of one chain's oldest entries, moved out of the live table, as JSON lines.
 * The first line is the header (chain, first and last position, the hash before the segment and the
 * last hash); each further line is one entry with every field its hash covers, so a segment
 * re-verifies on its own from its previous hash, and the segments of a chain link end to end.
 * Files are {@code <archive>/<chain>/<first>-<last>.jsonl}, positions zero-padded so names sort.
 */
final class AuditSegment {

    record Header(String chain, long first, long last, String previousHash, String lastHash, int entries) {}

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper READER = new ObjectMapper();
    static final String FORMAT = "aegis-audit-segment-1";

    private final Path file;
    private final Header header;
    private final List<ChainedEntry> entries;

    private AuditSegment(Path file, Header header, List<ChainedEntry> entries) {
        this.file = file;
        this.header = header;
        this.entries = List.copyOf(entries);
    }

    Header header() {
        return header;
    }

    Path file() {
        return file;
    }

    static Path directory(Path archive, String chain) {
        return archive.resolve(URLEncoder.encode(chain, StandardCharsets.UTF_8));
    }

    /** The chain's segments in position order. */
    static List<Path> list(Path archive, String chain) throws IOException {
        Path directory = directory(archive, chain);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    /** The first position a segment holds, as its name says. */
    static long firstPosition(Path file) {
        return Long.parseLong(file.getFileName().toString().substring(0, 16));
    }

    /**
     * Writes the entries (one chain's, contiguous, oldest first) as a segment, durably: to a
     * temporary file that is forced to disk and then moved into place, so a segment is whole or absent.
     */
    static Path write(Path archive, List<ChainedEntry> entries) throws IOException {
        ChainedEntry first = entries.getFirst();
        ChainedEntry last = entries.getLast();
        Path directory = directory(archive, first.chain());
        PrivateFiles.createDirectories(directory);
        Path file = directory.resolve(String.format("%016d-%016d.jsonl", first.position(), last.position()));
        Path temporary = directory.resolve(file.getFileName() + ".tmp-" + UUID.randomUUID());
        PrivateFiles.createFile(temporary);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            line(out, json -> {
                json.writeStringField("format", FORMAT);
                json.writeStringField("chain", first.chain());
                json.writeNumberField("first_position", first.position());
                json.writeNumberField("last_position", last.position());
                json.writeStringField("previous_hash", first.previousHash());
                json.writeStringField("last_hash", last.hash());
                json.writeNumberField("entries", entries.size());
            });
            for (ChainedEntry entry : entries) {
                line(out, json -> entry(json, entry));
            }
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private static void line(OutputStream out, Fields fields) throws IOException {
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.writeStartObject();
        fields.write(json);
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    private static void entry(JsonGenerator json, ChainedEntry chained) throws IOException {
        AuditEntry entry = chained.entry();
        json.writeNumberField("id", chained.id());
        json.writeNumberField("position", chained.position());
        json.writeStringField("kind", entry.kind());
        json.writeStringField("run_id", entry.subject());
        json.writeNumberField("first_seq", entry.firstSeq());
        json.writeNumberField("event_count", entry.eventCount());
        json.writeNumberField("time_ms", entry.timeMillis());
        json.writeStringField("route", entry.route());
        json.writeStringField("principal", entry.principal());
        json.writeStringField("team", entry.team());
        json.writeStringField("types", entry.types());
        // as a string: the hash covers these exact characters
        json.writeStringField("events", entry.events());
        json.writeStringField("prev_hash", chained.previousHash());
        json.writeStringField("hash", chained.hash());
    }

    /** Reads a segment; an unreadable one is an {@link IOException} naming the file and line. */
    static AuditSegment read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            if (first == null) {
                throw new IOException("archive segment " + file + " is empty");
            }
            JsonNode head = READER.readTree(first);
            if (!FORMAT.equals(head.path("format").asText())) {
                throw new IOException("archive segment " + file + " does not start with a header of format " + FORMAT);
            }
            Header header = new Header(head.path("chain").asText(), head.path("first_position").asLong(), head.path("last_position").asLong(),
                    head.path("previous_hash").asText(), head.path("last_hash").asText(), head.path("entries").asInt());
            List<ChainedEntry> entries = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                JsonNode row = READER.readTree(line);
                entries.add(new ChainedEntry(row.path("id").asLong(), header.chain(), row.path("position").asLong(),
                        row.path("prev_hash").asText(), row.path("hash").asText(), new AuditEntry(row.path("kind").asText(),
                                row.path("run_id").asText(), row.path("first_seq").asInt(), row.path("event_count").asInt(),
                                row.path("time_ms").asLong(), row.path("route").asText(), row.path("principal").asText(),
                                row.path("team").asText(), row.path("types").asText(), row.path("events").asText())));
            }
            return new AuditSegment(file, header, entries);
        } catch (IOException e) {
            throw e.getMessage() != null && e.getMessage().contains(file.toString()) ? e
                    : new IOException("archive segment " + file + " is not readable: " + e.getMessage(), e);
        }
    }

    /**
     * Walks the segment's entries on from where the walk is in its chain, after checking the
     * header agrees with them; the verdict when something does not hold, else null.
     */
    Verification walk(ChainWalk walk) {
        String name = "archive segment " + file.getFileName() + " of chain '" + header.chain() + "'";
        if (entries.isEmpty() || entries.size() != header.entries()) {
            return walk.broken(0, name + " holds " + entries.size() + " entries but its header says " + header.entries());
        }
        ChainedEntry first = entries.getFirst();
        ChainedEntry last = entries.getLast();
        if (first.position() != header.first() || !first.previousHash().equals(header.previousHash()) || last.position() != header.last()
                || !last.hash().equals(header.lastHash())) {
            return walk.broken(first.id(), name + ": its header does not match its entries (the segment was edited)");
        }
        if (header.first() != walk.position(header.chain()) + 1) {
            return walk.broken(first.id(), name + " starts at position " + header.first() + " but the chain is at position "
                    + walk.position(header.chain()) + ": " + (header.first() > walk.position(header.chain()) + 1
                            ? "the segments between them are missing" : "segments overlap"));
        }
        for (ChainedEntry entry : entries) {
            Verification broken = entry.walk(walk);
            if (broken != null) {
                return walk.broken(entry.id(), name + ": " + broken.problem().orElse(""));
            }
        }
        walk.archived(entries.size());
        return null;
    }
}
