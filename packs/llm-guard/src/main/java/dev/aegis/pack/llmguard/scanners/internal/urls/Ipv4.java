package dev.aegis.pack.llmguard.scanners.internal.urls;

import java.util.Optional;

/**
 * IPv4 hosts the way browsers parse them (WHATWG URL): one to four parts, each decimal, octal
 * ({@code 0177}) or hexadecimal ({@code 0x7f}), the last filling the remaining bytes; so
 * {@code 2130706433}, {@code 0x7f.1} and {@code 127.0.0.1} are the same address.
 */
final class Ipv4 {

    private Ipv4() {}

    static Optional<String> canonical(String host) {
        if (host.isEmpty() || Character.digit(host.charAt(0), 10) < 0) {
            return Optional.empty();
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long number = parse(parts[i]);
            if (number == null) {
                return Optional.empty();
            }
            numbers[i] = number;
        }
        long address = 0;
        for (int i = 0; i < numbers.length - 1; i++) {
            if (numbers[i] > 255) {
                return Optional.empty();
            }
            address = address << 8 | numbers[i];
        }
        int remaining = 5 - numbers.length;
        long last = numbers[numbers.length - 1];
        if (last >= 1L << (8 * remaining)) {
            return Optional.empty();
        }
        address = address << (8 * remaining) | last;
        return Optional.of((address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "." + (address & 255));
    }

    private static Long parse(String part) {
        if (part.isEmpty() || part.length() > 12 || !part.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == 'x' || c == 'X')) {
            return null;
        }
        try {
            if (part.startsWith("0x") || part.startsWith("0X")) {
                return part.length() == 2 ? 0L : Long.parseLong(part.substring(2), 16);
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return Long.parseLong(part.substring(1), 8);
            }
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
