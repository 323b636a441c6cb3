package dev.aegis.pack.rag;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.node.PipelineNodeFactory;
import java.util.List;

/** The pack's entry point. */
public final class RagPlugin implements AegisPlugin {

    @Override
    public List<PipelineNodeFactory<?>> pipelineNodes() {
        return List.of(new RetrieveFactory());
    }
}
