package org.apache.pdfbox.badfixture;

/** Fixture: stands in for a PDFBox type (the real library is on this class path through the server). */
public final class FakePdfLoader {

    public String text(byte[] pdf) {
        return "";
    }
}
