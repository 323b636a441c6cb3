package dev.aegis.kernel.badfixture;

import org.apache.lucene.badfixture.FakeIndexWriter;

/** Fixture: Lucene (a stand-in in its package) used outside the lucene vector store plugin. */
public final class KernelUsingLucene {

    public long index(String text) {
        return new FakeIndexWriter().addDocument(text);
    }
}
