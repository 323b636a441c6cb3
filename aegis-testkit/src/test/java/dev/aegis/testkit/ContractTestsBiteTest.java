package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.NoConfig;
import dev.aegis.api.PluginContext;
import dev.aegis.api.PluginFactory;
import dev.aegis.api.auth.Authenticator;
import dev.aegis.api.auth.Credentials;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.secret.Secret;
import dev.aegis.api.secret.SecretNotFoundException;
import dev.aegis.api.secret.SecretProvider;
import dev.aegis.api.guard.GuardrailFactory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The abstract contract tests fail implementations that break the promises they check. */
class ContractTestsBiteTest {

    @Test
    void aGuardQuotingWhatItFoundFailsTheEvidenceCheck() {
        GuardrailContractTest test = new GuardrailContractTest() {
            @Override
            protected Guardrail guardrail() {
                return ScriptedGuardrail.deciding(content -> content.text().contains("secret-word")
                        ? Verdict.block("found", List.of(Evidence.of("word", "secret-word")))
                        : Verdict.allow());
            }

            @Override
            protected String sensitiveSample() {
                return "secret-word";
            }
        };

        assertThatThrownBy(test::evidenceAndReasonsNeverQuoteTheSensitiveSample).isInstanceOf(AssertionError.class);
    }

    @Test
    void aGuardReturningNullFailsTheNullCheck() {
        GuardrailContractTest test = new GuardrailContractTest() {
            @Override
            protected Guardrail guardrail() {
                return ScriptedGuardrail.deciding(content -> null);
            }

            @Override
            protected String sensitiveSample() {
                return "anything";
            }
        };

        assertThatThrownBy(test::scanNeverReturnsNull).isInstanceOf(AssertionError.class);
    }

    @Test
    void aSecretProviderEchoingAValueInItsErrorFailsTheLeakCheck() {
        SecretProviderContractTest test = new SecretProviderContractTest() {
            @Override
            protected SecretProvider provider() {
                return reference -> {
                    if (reference.equals("KEY")) {
                        return Secret.of("s3cr3t");
                    }
                    throw new SecretNotFoundException("no '" + reference + "'; did you mean KEY=s3cr3t?");
                };
            }

            @Override
            protected String knownReference() {
                return "KEY";
            }

            @Override
            protected String knownValue() {
                return "s3cr3t";
            }
        };

        assertThatThrownBy(test::notFoundErrorsHoldNoSecretValue).isInstanceOf(AssertionError.class);
    }

    @Test
    void anAuthenticatorThatThrowsOnGarbageFailsTheMalformedCheck() {
        AuthenticatorContractTest test = new AuthenticatorContractTest() {
            @Override
            protected Authenticator authenticator() {
                return credentials -> {
                    String token = credentials.bearerToken().orElse("");
                    if (token.length() > 100) {
                        throw new IllegalStateException("token too long");
                    }
                    return token.equals("good") ? Optional.of(Principal.of("alice", "")) : Optional.empty();
                };
            }

            @Override
            protected Credentials validCredentials() {
                return header("authorization", "Bearer good");
            }

            @Override
            protected List<Credentials> invalidCredentials() {
                return List.of(header("authorization", "Bearer bad"));
            }
        };

        assertThatThrownBy(test::malformedCredentialsYieldNothingAndNeverThrow).isInstanceOf(AssertionError.class);
    }

    @Test
    void anEndlessStreamFailsTheStreamCheck() {
        ModelProviderContractTest test = new ModelProviderContractTest() {
            @Override
            protected ModelProvider provider() {
                return new ModelProvider() {
                    @Override
                    public ChatResponse complete(ChatRequest request) {
                        return new FakeModelProvider().complete(request);
                    }

                    @Override
                    public ChatStream stream(ChatRequest request) {
                        return new ChatStream() {
                            @Override
                            public Optional<ChatChunk> next() {
                                return Optional.of(ChatChunk.text("more"));
                            }

                            @Override
                            public void close() {}
                        };
                    }
                };
            }

            @Override
            protected int maxChunks() {
                return 50;
            }
        };

        assertThatThrownBy(test::streamYieldsChunksThenEndsWithEmpty).isInstanceOf(AssertionError.class);
    }

    @Test
    void aFactoryWithACamelCaseNameThatNobodyRegisteredFailsTheNameAndDiscoveryChecks() {
        PluginFactoryContractTest test = new PluginFactoryContractTest() {
            @Override
            protected PluginFactory<?, ?> factory() {
                return new GuardrailFactory<NoConfig>() {
                    @Override
                    public String name() {
                        return "blockCompetitors";
                    }

                    @Override
                    public Class<NoConfig> configType() {
                        return NoConfig.class;
                    }

                    @Override
                    public Guardrail create(NoConfig config, PluginContext context) {
                        return ScriptedGuardrail.allowing();
                    }
                };
            }
        };

        assertThatThrownBy(test::nameIsKebabCase).isInstanceOf(AssertionError.class);
        assertThatThrownBy(test::isDiscoveredThroughServiceLoader).isInstanceOf(AssertionError.class);
    }
}
