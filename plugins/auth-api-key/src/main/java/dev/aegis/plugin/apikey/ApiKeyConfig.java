package dev.aegis.plugin.apikey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Configuration of the {@code api-key} authenticator.
 *
 * @param keys the accepted keys, each stored only as its SHA-256 hash
 * @param header where a key is accepted: {@code authorization} takes the token of an
 *     {@code Authorization: Bearer <key>} header (the scheme matched ignoring case), any other
 *     header name takes the header's whole value; the first header present wins, in this order
 */
@UniqueKeyHashes
public record ApiKeyConfig(@NotEmpty List<Key> keys, List<@NotBlank @Pattern(regexp = HEADER_NAME, message = "must be an HTTP header name") String> header) {

    /** The header that carries a key as a Bearer token. */
    public static final String AUTHORIZATION = "authorization";

    static final String HEADER_NAME = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    static final String SHA256 = "sha256:[0-9a-fA-F]{64}";

    public ApiKeyConfig {
        keys = keys == null ? List.of() : List.copyOf(keys);
        header = header == null || header.isEmpty()
                ? List.of(AUTHORIZATION, "x-api-key")
                : header.stream().map(name -> name == null ? "" : name.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * One accepted key and whom it authenticates.
     *
     * @param hash {@code sha256:} and the 64 hex digits of the key's SHA-256, e.g. from
     *     {@code printf %s "$KEY" | sha256sum}
     * @param principal the principal's id
     * @param team the team spend and policy are accounted to; empty when none
     * @param roles e.g. {@code approver}, {@code admin}
     * @param attributes other facts policy may read, e.g. {@code region: eu}
     */
    public record Key(
            @NotBlank @Pattern(regexp = SHA256, message = "must be sha256: followed by 64 hex digits (printf %s \"$KEY\" | sha256sum)") String hash,
            @NotBlank String principal,
            String team,
            Set<String> roles,
            Map<String, String> attributes) {

        public Key {
            // lower-cased so that upper- and lower-case spellings of one digest count as duplicates
            hash = hash == null ? "" : hash.strip().toLowerCase(Locale.ROOT);
            principal = principal == null ? "" : principal.strip();
            team = team == null ? "" : team.strip();
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        }
    }
}
