package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys and tokens recognizable by their issuer's prefix (OpenAI and Anthropic {@code sk-…},
 * GitHub {@code ghp_…}, AWS {@code AKIA…}, Slack {@code xoxb-…}, Google {@code AIza…}, Stripe, GitLab,
 * npm), JSON Web Tokens and PEM private keys.
 */
public final class KnownTokenRecognizer implements Recognizer {

    /** What each token starts with: the text is searched for these, and the pattern tried only there. */
    private static final List<String> PREFIXES = List.of("sk-", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "AKIA", "ASIA", "ABIA", "ACCA", "xox", "AIza",
            "sk_", "rk_", "glpat-", "npm_", "eyJ", "-----BEGIN ");
    private static final Pattern TOKEN = Pattern.compile("(?<![\\w-])(?:" + String.join("|",
            "sk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}",
            "(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}",
            "github_pat_[A-Za-z0-9_]{22,255}",
            "(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\\b",
            "xox[abposr]-[A-Za-z0-9-]{10,}",
            "AIza[0-9A-Za-z_-]{35}",
            "(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}",
            "glpat-[0-9A-Za-z_-]{20,}",
            "npm_[A-Za-z0-9]{36}",
            "eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}",
            "-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----[\\s\\S]{1,8192}?-----END [A-Z ]{0,20}PRIVATE KEY-----") + ")");

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        Matcher matcher = null;
        for (String prefix : PREFIXES) {
            for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
                matcher = matcher == null ? TOKEN.matcher(text).useTransparentBounds(true) : matcher;
                if (matcher.region(at, text.length()).lookingAt()) {
                    found.add(new Span(at, matcher.end(), EntityType.SECRET, 0.96));
                }
            }
        }
    }
}
