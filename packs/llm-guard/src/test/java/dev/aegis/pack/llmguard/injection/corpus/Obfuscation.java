package dev.aegis.pack.llmguard.injection.corpus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;

/** The ways the evaluation hides an attack: encodings, invisible characters and look-alike letters. */
public enum Obfuscation {
    BASE64(true),
    HEX(true),
    URL_ENCODING(true),
    ROT13(true),
    LEETSPEAK(false),
    ZERO_WIDTH(false),
    CONFUSABLES(false),
    BIDI_CONTROLS(false),
    FULL_WIDTH(false);

    private static final String LOOK_ALIKES_LATIN = "aceopxyiABCEHKMOPTX";
    private static final String LOOK_ALIKES = "асеорхуіАВСЕНКМОРТХ";

    private final boolean wrapped;

    Obfuscation(boolean wrapped) {
        this.wrapped = wrapped;
    }

    /** True when the encoded text needs a sentence around it telling the model to decode it. */
    public boolean wrapped() {
        return wrapped;
    }

    /** A name as a prompt would say it. */
    public String spoken() {
        return switch (this) {
            case BASE64 -> "base64";
            case HEX -> "hex";
            case URL_ENCODING -> "URL-encoded text";
            case ROT13 -> "ROT13";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }

    public String apply(String text, Random random) {
        return switch (this) {
            case BASE64 -> Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
            case HEX -> HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
            case URL_ENCODING -> URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
            case ROT13 -> rot13(text);
            case LEETSPEAK -> leet(text, random);
            case ZERO_WIDTH -> interleave(text, random, "\u200B\u200C\u200D\u2060\uFEFF");
            case CONFUSABLES -> lookAlikes(text, random);
            case BIDI_CONTROLS -> interleave(text, random, "\u202E\u202C\u2066\u2069\u200F");
            case FULL_WIDTH -> fullWidth(text);
        };
    }

    static String rot13(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                out.append((char) ('a' + (c - 'a' + 13) % 26));
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) ('A' + (c - 'A' + 13) % 26));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String leet(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            char swapped = switch (Character.toLowerCase(c)) {
                case 'a' -> '4';
                case 'e' -> '3';
                case 'i' -> '1';
                case 'o' -> '0';
                case 's' -> '5';
                case 't' -> '7';
                default -> c;
            };
            out.append(random.nextInt(10) < 7 ? swapped : c);
        }
        return out.toString();
    }

    private static String interleave(String text, Random random, String invisible) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (char c : text.toCharArray()) {
            out.append(c);
            if (Character.isLetter(c) && random.nextInt(3) == 0) {
                out.append(invisible.charAt(random.nextInt(invisible.length())));
            }
        }
        return out.toString();
    }

    private static String lookAlikes(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int at = LOOK_ALIKES_LATIN.indexOf(c);
            out.append(at >= 0 && random.nextInt(10) < 6 ? LOOK_ALIKES.charAt(at) : c);
        }
        return out.toString();
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c > ' ' && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return out.toString();
    }
}
