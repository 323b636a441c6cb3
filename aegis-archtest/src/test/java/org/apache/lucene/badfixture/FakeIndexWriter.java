package org.apache.lucene.badfixture;

/** Fixture: stands in for a Lucene type (the real library is on this class path through the lucene vector store). */
public final class FakeIndexWriter {

    public long addDocument(String text) {
        return text.length();
    }
}
