package dev.aegis.pack.classification;

import dev.aegis.api.PluginContext;
import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.node.PipelineNodeFactory;

/** {@code classify}: labels each request public, internal, confidential or restricted. */
public final class ClassifyFactory implements PipelineNodeFactory<ClassifyConfig> {

    @Override
    public String name() {
        return "classify";
    }

    @Override
    public Class<ClassifyConfig> configType() {
        return ClassifyConfig.class;
    }

    @Override
    public PipelineNode create(ClassifyConfig config, PluginContext context) {
        return new Classifier(context.instanceName(), config.defaultLevel(), RuleCompiler.compile(config.rules()));
    }

    @Override
    public String description() {
        return "Labels each request public, internal, confidential or restricted (labels.classification) from PII, keyword, pattern, principal and label rules.";
    }
}
