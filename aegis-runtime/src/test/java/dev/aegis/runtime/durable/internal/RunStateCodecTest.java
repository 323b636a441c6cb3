package dev.aegis.runtime.durable.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.MaskMap;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Passage;
import dev.aegis.api.state.Role;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.StateKey;
import dev.aegis.api.state.Target;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.state.Usage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class RunStateCodecTest {

    enum Tier { GOLD, SILVER }

    record Reservation(String id, BigDecimal amount, Instant until, Tier tier, List<Integer> parts, String note) {}

    private static final StateKey<Reservation> RESERVATION = StateKey.of("budgets.reservation");
    private static final StateKey<Map<String, Object>> MIXED = StateKey.of("pack.mixed");
    private static final StateKey<String> PACK_SECRET = StateKey.confidential("pack.secret", (current, update) -> update);

    private final RunStateCodec codec = new RunStateCodec(cipher((byte) 7), getClass().getClassLoader());

    @Test
    void everyKeyTheContractsDefineComesBackEqual() {
        RunState state = fullState();

        RunState restored = codec.decode(codec.encode(state), "run-42");

        // A provider failure is an exception, without value equality: compared field by field below.
        assertThat(withoutFailure(restored)).isEqualTo(withoutFailure(state));
        assertThat(restored.values().keySet()).extracting(StateKey::name).containsExactlyInAnyOrderElementsOf(
                state.values().keySet().stream().map(StateKey::name).toList());
        assertThat(restored.get(RunState.MASK_MAP).orElseThrow().original("<PERSON_1>")).hasValue("Alice Martin");
        assertThat(restored.get(KnownKeys.PROVIDER_FAILURE).orElseThrow())
                .satisfies(failure -> {
                    assertThat(failure.failure()).isEqualTo(ProviderException.Failure.RATE_LIMITED);
                    assertThat(failure.upstreamStatus()).hasValue(429);
                    assertThat(failure.getMessage()).isEqualTo("slow down");
                });
    }

    @Test
    void restoredKeysKeepTheirMergeRules() {
        RunState restored = codec.decode(codec.encode(fullState()), "run-42");

        RunState next = restored.apply(StateDelta.empty().label("extra", "x").with(RunState.USAGE, Usage.ofTokens(1, 1)));

        assertThat(next.labels()).containsEntry("classification", "restricted").containsEntry("extra", "x");
        assertThat(next.usage().inputTokens()).isEqualTo(13);
    }

    @Test
    void packValuesComeBackAsTheSameJavaTypes() {
        Map<String, Object> mixed = new LinkedHashMap<>();
        mixed.put("text", "t");
        mixed.put("flag", true);
        mixed.put("int", 3);
        mixed.put("long", 3L);
        mixed.put("double", 0.1);
        mixed.put("float", 1.5f);
        mixed.put("integer", new BigInteger("123456789012345678901234567890"));
        mixed.put("list", Arrays.asList("a", null, 2));
        mixed.put("nested", Map.of("k", List.of(Tier.SILVER)));
        Reservation reservation = new Reservation("r-1", new BigDecimal("12.50"), Instant.parse("2026-01-02T03:04:05.123456789Z"),
                Tier.GOLD, List.of(1, 2), null);
        RunState state = base().apply(StateDelta.of(RESERVATION, reservation).with(MIXED, mixed));

        RunState restored = codec.decode(codec.encode(state), "run-42");

        assertThat(restored.get(RESERVATION)).hasValue(reservation);
        assertThat(restored.get(MIXED).orElseThrow()).isEqualTo(mixed).extracting(map -> map.get("long")).isInstanceOf(Long.class);
        assertThat(restored.get(RESERVATION).orElseThrow().amount().scale()).isEqualTo(2);
    }

    @Test
    void theMaskMapAndOtherConfidentialKeysAreUnreadableInTheStoredBytes() {
        RunState state = fullState().apply(StateDelta.of(PACK_SECRET, "pack-secret-value"));

        String stored = new String(codec.encode(state), StandardCharsets.UTF_8);

        assertThat(stored).doesNotContain("Alice Martin", "alice@example.com", "pack-secret-value", "Refunds reach", "refunds.md");
        assertThat(stored).contains("\"sealed\"", "mask-map", "pack.secret", "passages");
        RunState restored = codec.decode(stored.getBytes(StandardCharsets.UTF_8), "run-42");
        assertThat(restored.get(PACK_SECRET)).hasValue("pack-secret-value");
        assertThat(restored.values().keySet()).filteredOn(key -> key.name().equals("pack.secret"))
                .singleElement().satisfies(key -> assertThat(key.confidential()).isTrue());
    }

    @Test
    void aSealedValueOpensOnlyWithItsKeyAndForItsRun() {
        byte[] stored = codec.encode(fullState());

        RunStateCodec otherKey = new RunStateCodec(cipher((byte) 8), getClass().getClassLoader());
        assertThatThrownBy(() -> otherKey.decode(stored, "run-42"))
                .hasMessageContaining("mask-map").hasMessageContaining("another encryption key");
        assertThatThrownBy(() -> codec.decode(stored, "run-43")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aValueACheckpointCannotWriteFailsAtOnceNamingTheKeyButNotTheValue() {
        StateKey<Object> odd = StateKey.of("pack.odd");
        RunState withSet = base().apply(StateDelta.of(odd, Set.of("secret-member")));
        RunState nested = base().apply(StateDelta.of(odd, List.of(Map.of("k", new StringBuilder("secret-builder")))));
        RunState numericKeys = base().apply(StateDelta.of(odd, Map.of(1, "one")));

        assertThatThrownBy(() -> codec.encode(withSet))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'pack.odd'").hasMessageContaining("Set").hasMessageNotContaining("secret-member");
        assertThatThrownBy(() -> codec.encode(nested))
                .hasMessageContaining("'pack.odd'").hasMessageContaining("java.lang.StringBuilder").hasMessageNotContaining("secret-builder");
        assertThatThrownBy(() -> codec.encode(numericKeys)).hasMessageContaining("'pack.odd'").hasMessageContaining("map key");
    }

    @Test
    void aKeyOfTheContractsHoldingAnotherTypeFailsNamingTheKey() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        StateKey<Object> route = (StateKey) StateKey.of("usage");
        RunState state = base().apply(StateDelta.of(route, "not a usage"));

        assertThatThrownBy(() -> codec.encode(state)).hasMessageContaining("'usage'").hasMessageContaining("java.lang.String");
    }

    @Test
    void aRecordWhoseClassIsGoneFailsNamingTheKeyAndTheClass() {
        String stored = new String(codec.encode(base().apply(StateDelta.of(RESERVATION,
                new Reservation("r", BigDecimal.ONE, Instant.EPOCH, Tier.GOLD, List.of(), "n")))), StandardCharsets.UTF_8);
        byte[] renamed = stored.replace("RunStateCodecTest$Reservation", "Gone$Reservation").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.decode(renamed, "run-42"))
                .hasMessageContaining("'budgets.reservation'").hasMessageContaining("Gone$Reservation");
    }

    private static Map<StateKey<?>, Object> withoutFailure(RunState state) {
        Map<StateKey<?>, Object> values = new LinkedHashMap<>(state.values());
        values.remove(KnownKeys.PROVIDER_FAILURE);
        return values;
    }

    private static RunState base() {
        return RunState.start("run-42", "support", Principal.of("alice", "payments"), List.of(Message.user("hi")));
    }

    private static RunState fullState() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("region", "eu");
        Principal principal = new Principal("alice", "payments", Set.of("approver", "admin"), attributes);
        List<Message> messages = List.of(
                Message.system("be brief"),
                new Message(Role.USER, "call <PERSON_1>", List.of(), Optional.empty(), Optional.of("alice")),
                Message.assistant("", List.of(new ToolCall("call-1", "lookup", "{\"q\":\"x\"}"))),
                Message.tool("call-1", "{\"found\":true}"));
        Target eu = new Target("openai-eu", Map.of("region", "eu"), Set.of("gdpr", "soc2"));
        ChatOptions options = new ChatOptions("gpt-x", List.of(new ToolDefinition("lookup", "finds", "{\"type\":\"object\"}")),
                Map.of("temperature", "0.2", "max_tokens", "100"));
        return RunState.start("run-42", "support", principal, messages).apply(StateDelta.empty()
                .label("classification", "restricted")
                .with(RunState.MASK_MAP, MaskMap.of(Map.of("<PERSON_1>", "Alice Martin", "<EMAIL_1>", "alice@example.com")))
                .with(RunState.TARGETS, List.of(eu, Target.of("local")))
                .with(RunState.TARGET, eu)
                .event(new Event(Instant.parse("2026-01-02T03:04:05.000000001Z"), "ingress.1.pii", Event.VERDICT, "", Map.of("verdict", "sanitize")))
                .with(RunState.USAGE, new Usage(12, 34, new BigDecimal("0.000120")))
                .with(RunState.CHAT_OPTIONS, options)
                .with(RunState.PASSAGES, List.of(new Passage("r-0", "policies", "refunds.md", 0, "Refunds reach <PERSON_1> in ten days.", 0.03125),
                        new Passage("s-1", "policies", "shipping.md", 7, "Ships in two days.", -0.5)))
                .with(RunState.MODEL, "gpt-x-2026")
                .with(RunState.FINISH_REASON, "tool_calls")
                .halt(Halt.Refused.limit("ingress.2.budgets", "budget_exhausted", "no budget left", Instant.parse("2026-02-01T00:00:00Z")))
                .with(KnownKeys.PROVIDER_FAILURE, new ProviderException(ProviderException.Failure.RATE_LIMITED, 429, "slow down", null)));
    }

    @Test
    void anAwaitingApprovalHaltComesBackEqual() {
        RunState state = base().apply(StateDelta.empty().halt(new Halt.AwaitingApproval("ingress.1.sensitive", "needs eyes")));

        assertThat(codec.decode(codec.encode(state), "run-42").halt()).hasValue(new Halt.AwaitingApproval("ingress.1.sensitive", "needs eyes"));
    }

    private static StateCipher cipher(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return new StateCipher(new SecretKeySpec(key, "AES"));
    }
}
