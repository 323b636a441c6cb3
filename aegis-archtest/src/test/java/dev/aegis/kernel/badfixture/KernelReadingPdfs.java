package dev.aegis.kernel.badfixture;

import org.apache.pdfbox.badfixture.FakePdfLoader;

/** Fixture: PDFBox (a stand-in in its package) used outside the server's text extraction. */
public final class KernelReadingPdfs {

    public String text(byte[] pdf) {
        return new FakePdfLoader().text(pdf);
    }
}
