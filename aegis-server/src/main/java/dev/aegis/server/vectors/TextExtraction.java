package dev.aegis.server.vectors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of an uploaded file: plain text and Markdown as they are (UTF-8), PDF through Apache PDFBox.
 * The kind is known from the file name, or from the content when the name says nothing.
 */
public final class TextExtraction {

    /** What the ingestion can read. */
    public enum Kind {
        TEXT,
        PDF
    }

    /** A file that is of a readable kind but could not be read; its message is fit for {@code last_error}. */
    public static final class UnreadableFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableFileException(String message) {
            super(message, null, false, false);
        }
    }

    private TextExtraction() {}

    /** The kind of the file, or empty when ingestion cannot read it ({@code unsupported_file}). */
    public static Optional<Kind> kind(String filename, byte[] content) {
        String lower = filename.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return Optional.of(Kind.PDF);
        }
        if (lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".text")) {
            return Optional.of(Kind.TEXT);
        }
        if (lower.contains(".")) {
            return Optional.empty();
        }
        if (content.length >= 5 && new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return Optional.of(Kind.PDF);
        }
        return utf8(content).isPresent() ? Optional.of(Kind.TEXT) : Optional.empty();
    }

    /** The text of a file of {@code kind}. */
    public static String text(Kind kind, byte[] content) {
        return switch (kind) {
            case TEXT -> utf8(content).orElseThrow(() -> new UnreadableFileException("The file is not UTF-8 text."));
            case PDF -> pdf(content);
        };
    }

    private static String pdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("The PDF is encrypted with a password.");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("The PDF could not be read (" + e.getClass().getSimpleName() + ").");
        }
    }

    // Strict: a file with invalid UTF-8 or NUL bytes is binary, and its "text" would only be noise in an index.
    private static Optional<String> utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\0') >= 0) {
                return Optional.empty();
            }
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
