package dev.aegis.pack.budgets.store.redis;

import dev.aegis.api.secret.Secret;
import java.net.URI;
import java.util.Optional;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.SslOptions;

/** A pooled client from a {@code redis://} or {@code rediss://} URL; credentials come separately. */
final class RedisClients {

    private RedisClients() {}

    static RedisClient pooled(String url, Optional<String> user, Optional<Secret> password, int poolSize) {
        URI uri = URI.create(url);
        String path = uri.getPath() == null ? "" : uri.getPath().replace("/", "");
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .database(path.isEmpty() ? 0 : Integer.parseInt(path));
        if ("rediss".equals(uri.getScheme())) {
            config.sslOptions(SslOptions.defaults());
        }
        user.ifPresent(config::user);
        password.ifPresent(secret -> config.password(secret.reveal()));
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(poolSize);
        pool.setMaxIdle(poolSize);
        return RedisClient.builder()
                .hostAndPort(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort())
                .clientConfig(config.build())
                .poolConfig(pool)
                .build();
    }
}
