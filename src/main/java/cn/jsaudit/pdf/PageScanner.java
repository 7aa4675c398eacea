package cn.jsaudit.pdf;

import java.awt.geom.Area;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads every page's glyphs (PDFBox's text positions, one per character drawn) and ruling lines. Only horizontal
 * text is kept: a rotated watermark or stamp is no part of the tables or the narrative.
 */
final class PageScanner extends PDFTextStripper {

    /** Glyphs drawn twice at (almost) the same place make fake bold; the copy is dropped. */
    private static final int RECENT = 8;

    private final Budget budget;
    private final List<PdfPage> pages = new ArrayList<>();
    private List<Glyph> glyphs;
    private int run;

    private PageScanner(Budget budget) {
        this.budget = budget;
    }

    static List<PdfPage> scan(PDDocument document, Budget budget) throws IOException {
        PageScanner scanner = new PageScanner(budget);
        scanner.writeText(document, Writer.nullWriter());
        return scanner.pages;
    }

    @Override
    protected void startPage(PDPage page) {
        glyphs = new ArrayList<>();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        PDRectangle box = page.getCropBox();
        RulingCollector graphics = new RulingCollector(page, budget);
        graphics.processPage(page);
        pages.add(new PdfPage(getCurrentPageNo(), box.getWidth(), box.getHeight(), glyphs, graphics.rulings(),
                graphics.imageShare()));
        budget.checkTime();
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        if (!page.hasContents()) {
            // PDFTextStripper skips an empty page's start and end; it is still a page of the document
            startPage(page);
            endPage(page);
            return;
        }
        super.processPage(page);
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        run++;
        super.showText(string);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String s = text.getUnicode();
        if (s == null || s.isBlank() || text.getDir() != 0) {
            return;
        }
        float size = text.getFontSizeInPt();
        if (!(size > 0.5f) || size > 500) {
            size = Math.max(1f, text.getHeightDir() / 0.7f);
        }
        if (clippedAway(text)) {
            return;
        }
        float x0 = text.getXDirAdj();
        Glyph g = new Glyph(s.strip(), x0, x0 + Math.max(text.getWidthDirAdj(), 0.1f), text.getYDirAdj(), size, run);
        if (!isCopy(g)) {
            budget.character();
            glyphs.add(g);
        }
    }

    /**
     * Whether the glyph is cut off by the clipping path (its first quarter is outside): text too long for its cell is
     * drawn on and cut at the cell's border, and what was cut off is not printed (it would read as the next cell's).
     */
    private boolean clippedAway(TextPosition text) {
        Area clip = getGraphicsState().getCurrentClippingPath();
        Matrix m = text.getTextMatrix();
        float scale = (float) Math.hypot(m.getScaleX(), m.getShearX());
        if (scale == 0) {
            return false;
        }
        float ux = m.getScaleX() / scale;
        float uy = m.getShearX() / scale;
        float quarter = text.getWidthDirAdj() / 4;
        float rise = text.getFontSizeInPt() * 0.3f;
        double x = m.getTranslateX() + ux * quarter - uy * rise;
        double y = m.getTranslateY() + uy * quarter + ux * rise;
        return clip.isRectangular() ? !clip.getBounds2D().contains(x, y) : !clip.contains(x, y);
    }

    private boolean isCopy(Glyph g) {
        for (int i = glyphs.size() - 1; i >= Math.max(0, glyphs.size() - RECENT); i--) {
            Glyph o = glyphs.get(i);
            if (o.text().equals(g.text()) && Math.abs(o.x0() - g.x0()) < g.size() * 0.15f
                    && Math.abs(o.baseline() - g.baseline()) < g.size() * 0.15f) {
                return true;
            }
        }
        return false;
    }
}
