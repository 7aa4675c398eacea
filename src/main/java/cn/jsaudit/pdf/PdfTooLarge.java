package cn.jsaudit.pdf;

/** Thrown from inside PDFBox's content parsing when a PDF passes one of the {@link PdfLimits}; the message is Chinese. */
final class PdfTooLarge extends RuntimeException {

    PdfTooLarge(String message) {
        super(message, null, false, false);
    }
}
