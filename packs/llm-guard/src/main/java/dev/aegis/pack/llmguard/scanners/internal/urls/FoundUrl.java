package dev.aegis.pack.llmguard.scanners.internal.urls;

/**
 * A URL or bare domain found in a text, with offsets into the text searched.
 *
 * @param start where the URL starts
 * @param end just past its last character (sentence punctuation after it excluded)
 * @param cutStart where a sanitize cuts from: the start of the markdown or HTML construct around
 *     the URL ({@code ![alt](…)}, {@code [text](…)}, {@code <img …>}, {@code <…>}), or {@code start}
 * @param cutEnd where the cut ends
 * @param host the host as written, before normalisation
 * @param userinfo whether a user name (or anything ending in {@code @}) precedes the host: the
 *     {@code https://trusted.com@evil.com} disguise, or credentials
 * @param image whether the URL is an image's source: a renderer fetches it unasked, query string
 *     and all, which makes it a channel to send data out
 * @param email whether this is the domain of an e-mail address rather than a link
 */
record FoundUrl(int start, int end, int cutStart, int cutEnd, String host, boolean userinfo, boolean image, boolean email) {}
