package dev.aegis.pack.classification;

import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.RunState;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.testkit.FakePluginContext;

/** A {@code classify} node from YAML, and the state after it ran. */
final class Classifiers {

    static final String STEP = "ingress.classify";

    private Classifiers() {}

    static PipelineNode create(String yaml) {
        return new ClassifyFactory().create(ConfigBinding.bindYaml(ClassifyConfig.class, yaml), FakePluginContext.named(STEP));
    }

    static RunState run(String yaml, RunState state) {
        return state.apply(create(yaml).apply(state));
    }

    static String level(RunState state) {
        return state.label(Classifier.LABEL).orElseThrow();
    }

    static String reason(RunState state) {
        return state.label(Classifier.REASON_LABEL).orElseThrow();
    }

    static Event event(RunState state) {
        return state.events().stream().filter(event -> event.type().equals(Classifier.EVENT_TYPE)).reduce((first, second) -> second).orElseThrow();
    }
}
