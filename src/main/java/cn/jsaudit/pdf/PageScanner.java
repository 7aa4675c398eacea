package cn.jsaudit.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
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
    private final OperatorClock clock = new OperatorClock();
    private RulingCollector graphics;

    private PageScanner(Budget budget) {
        this.budget = budget;
    }

    static List<PdfPage> scan(PDDocument document, Budget budget) throws IOException {
        PageScanner scanner = new PageScanner(budget);
        scanner.writeText(document, Writer.nullWriter());
        return scanner.pages;
    }

    /** The graphics pass runs first: the text pass asks it which glyphs are printed. */
    @Override
    protected void startPage(PDPage page) throws IOException {
        glyphs = new ArrayList<>();
        clock.reset();
        graphics = new RulingCollector(page, budget);
        if (page.hasContents()) {
            graphics.processPage(page);
        }
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        PDRectangle box = page.getCropBox();
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
        clock.before(operator.getName());
        try {
            super.processOperator(operator, operands);
        } finally {
            clock.after(operator.getName());
        }
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
        float x0 = text.getXDirAdj();
        Glyph g = new Glyph(s.strip(), x0, x0 + Math.max(text.getWidthDirAdj(), 0.1f), text.getYDirAdj(), size, run,
                hidden(text));
        if (!isCopy(g)) {
            budget.character();
            glyphs.add(g);
        }
    }

    /**
     * Null when the glyph is printed where it stands (its first quarter); else where it belongs. It is not printed
     * when cut off by the clipping path, as text too long for its cell is cut at the cell's border (it belongs to
     * the cell the clipping box frames), or painted over by a later fill, the next cell's background (it belongs
     * with the text it continues). Read where it stands, it would be the next cell's text.
     */
    private Glyph.Hidden hidden(TextPosition text) {
        Matrix m = text.getTextMatrix();
        float scale = (float) Math.hypot(m.getScaleX(), m.getShearX());
        if (scale == 0) {
            return null;
        }
        float ux = m.getScaleX() / scale;
        float uy = m.getShearX() / scale;
        float quarter = text.getWidthDirAdj() / 4;
        float rise = text.getFontSizeInPt() * 0.3f;
        double x = m.getTranslateX() + ux * quarter - uy * rise;
        double y = m.getTranslateY() + uy * quarter + ux * rise;
        Rectangle2D by = graphics.ink().hiddenBy(clock.now(), x, y);
        if (by == null) {
            return null;
        }
        if (by.isEmpty()) {
            return Glyph.Hidden.UNDER_PAINT;
        }
        Point2D.Float a = graphics.reading(new Point2D.Double(by.getMinX(), by.getMinY()));
        Point2D.Float b = graphics.reading(new Point2D.Double(by.getMaxX(), by.getMaxY()));
        return new Glyph.Hidden(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y));
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
