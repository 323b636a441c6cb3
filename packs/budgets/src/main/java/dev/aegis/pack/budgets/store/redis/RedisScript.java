package dev.aegis.pack.budgets.store.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/** A Lua script shipped in the jar, run by its digest; loaded again when the server forgot it (a restart). */
final class RedisScript {

    private final String text;
    private volatile String sha;

    private RedisScript(String text) {
        this.text = text;
    }

    static RedisScript load(String resource) {
        try (InputStream in = RedisScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("script " + resource + " is missing from the jar");
            }
            return new RedisScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long run(UnifiedJedis redis, List<String> keys, List<String> args) {
        String digest = sha;
        if (digest == null) {
            digest = sha = redis.scriptLoad(text);
        }
        try {
            return (Long) redis.evalsha(digest, keys, args);
        } catch (JedisNoScriptException e) {
            sha = redis.scriptLoad(text);
            return (Long) redis.evalsha(sha, keys, args);
        }
    }
}
