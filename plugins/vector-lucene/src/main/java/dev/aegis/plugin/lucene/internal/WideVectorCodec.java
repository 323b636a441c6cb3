package dev.aegis.plugin.lucene.internal;

import java.io.IOException;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Lucene's default codec with full-precision HNSW vectors of up to {@link #MAX_DIMENSIONS} dimensions:
 * the stock format stops at 1024, below common embedders' 1536 and 3072. Everything is written under
 * the stock names, so the index is read back by the stock codec (no service registration needed).
 */
final class WideVectorCodec extends Lucene104Codec {

    static final int MAX_DIMENSIONS = 4096;

    private final KnnVectorsFormat vectors = new WideHnswFormat();

    @Override
    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return vectors;
    }

    /** The stock HNSW format under its own name, allowing wider vectors. */
    private static final class WideHnswFormat extends KnnVectorsFormat {
        private final KnnVectorsFormat stock = new Lucene99HnswVectorsFormat();

        WideHnswFormat() {
            super("Lucene99HnswVectorsFormat");
        }

        @Override
        public KnnVectorsWriter fieldsWriter(SegmentWriteState state) throws IOException {
            return stock.fieldsWriter(state);
        }

        @Override
        public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
            return stock.fieldsReader(state);
        }

        @Override
        public int getMaxDimensions(String field) {
            return MAX_DIMENSIONS;
        }
    }
}
