package dev.aegis.pack.classification;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.node.PipelineNodeFactory;
import java.util.List;

/** The pack's entry point. */
public final class ClassificationPlugin implements AegisPlugin {

    @Override
    public List<PipelineNodeFactory<?>> pipelineNodes() {
        return List.of(new ClassifyFactory());
    }
}
