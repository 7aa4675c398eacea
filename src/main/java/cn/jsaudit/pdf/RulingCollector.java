package cn.jsaudit.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The ruling lines of one page: stroked horizontal and vertical lines (a rectangle stroked is four), and filled
 * rectangles thin enough to be a line (how many producers draw cell borders). Wider fills (cell shading) and curves
 * are no rulings; an opaque one may hide text drawn before it ({@link PageInk}, with the clipping path in force at
 * each text-showing operator). Also sums the area images cover, to tell a scanned page.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    /** A filled rectangle no thicker than this (points) is a line. */
    private static final float THIN = 2.5f;

    private final Budget budget;
    private final PDRectangle box;
    private final int rotation;
    private final List<Segment> rulings = new ArrayList<>();
    /** The path being built: subpaths of points, each a polyline; rectangles are closed subpaths. */
    private final List<List<Point2D.Float>> path = new ArrayList<>();
    private List<Point2D.Float> current;
    /** The same path in device space, where clipping paths are kept. */
    private GeneralPath devicePath = new GeneralPath();
    /** The winding rule of a W or W* waiting for the path's end, or -1. */
    private int clipRule = -1;
    private double imageArea;
    private final OperatorClock clock = new OperatorClock();
    private final PageInk ink = new PageInk();

    RulingCollector(PDPage page, Budget budget) {
        super(page);
        this.budget = budget;
        this.box = page.getCropBox();
        this.rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    List<Segment> rulings() {
        return rulings;
    }

    PageInk ink() {
        return ink;
    }

    double imageShare() {
        double page = (double) box.getWidth() * box.getHeight();
        return page <= 0 ? 0 : Math.min(1, imageArea / page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        String name = operator.getName();
        clock.before(name);
        try {
            if (OperatorClock.showsText(name)) {
                ink.textShown(clock.now(), getGraphicsState().getCurrentClippingPath());
            }
            super.processOperator(operator, operands);
        } finally {
            clock.after(name);
        }
    }

    /** A Type 3 glyph's own drawing is no ruling, and the text pass does not run it (the clocks stay together). */
    @Override
    protected void showType3Glyph(Matrix textRenderingMatrix, PDType3Font font, int code, Vector displacement) {
    }

    /** A point of device space in the page's top-left reading frame, as the text positions are given. */
    Point2D.Float reading(Point2D p) {
        float x = (float) p.getX() - box.getLowerLeftX();
        float y = (float) p.getY() - box.getLowerLeftY();
        float w = box.getWidth();
        float h = box.getHeight();
        return switch (rotation) {
            case 90 -> new Point2D.Float(y, x);
            case 180 -> new Point2D.Float(w - x, y);
            case 270 -> new Point2D.Float(h - y, w - x);
            default -> new Point2D.Float(x, h - y);
        };
    }

    /** The inverse of {@link #reading}. */
    private Point2D deviceOf(Point2D.Float p) {
        float w = box.getWidth();
        float h = box.getHeight();
        Point2D.Float d = switch (rotation) {
            case 90 -> new Point2D.Float(p.y, p.x);
            case 180 -> new Point2D.Float(w - p.x, p.y);
            case 270 -> new Point2D.Float(w - p.y, h - p.x);
            default -> new Point2D.Float(p.x, h - p.y);
        };
        return new Point2D.Float(d.x + box.getLowerLeftX(), d.y + box.getLowerLeftY());
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D.Float> rect = new ArrayList<>(List.of(reading(p0), reading(p1), reading(p2), reading(p3), reading(p0)));
        path.add(rect);
        current = null;
        devicePath.moveTo(p0.getX(), p0.getY());
        devicePath.lineTo(p1.getX(), p1.getY());
        devicePath.lineTo(p2.getX(), p2.getY());
        devicePath.lineTo(p3.getX(), p3.getY());
        devicePath.closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(reading(new Point2D.Float(x, y)));
        path.add(current);
        devicePath.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(reading(new Point2D.Float(x, y)));
        devicePath.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (devicePath.getCurrentPoint() == null) {
            devicePath.moveTo(x1, y1);
        }
        devicePath.curveTo(x1, y1, x2, y2, x3, y3);
        // a curve is no ruling: start afresh from its end point
        current = new ArrayList<>();
        current.add(reading(new Point2D.Float(x3, y3)));
        path.add(current);
    }

    @Override
    public Point2D getCurrentPoint() {
        Point2D p = devicePath.getCurrentPoint();
        return p == null ? new Point2D.Float() : p;
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) {
            current.add(current.get(0));
        }
        if (devicePath.getCurrentPoint() != null) {
            devicePath.closePath();
        }
    }

    /** Ends the path; a clipping path marked by W or W* takes effect now, as the PDF specification has it. */
    @Override
    public void endPath() {
        if (clipRule >= 0) {
            devicePath.setWindingRule(clipRule);
            getGraphicsState().intersectClippingPath(devicePath);
            clipRule = -1;
        }
        path.clear();
        current = null;
        devicePath = new GeneralPath();
    }

    @Override
    public void strokePath() {
        strokeRulings();
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        fillRulings();
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokeRulings();
        fillRulings();
        endPath();
    }

    @Override
    public void clip(int windingRule) {
        clipRule = windingRule;
    }

    private void strokeRulings() {
        for (List<Point2D.Float> sub : path) {
            for (int i = 1; i < sub.size(); i++) {
                Point2D.Float a = sub.get(i - 1);
                Point2D.Float b = sub.get(i);
                Segment s = Segment.between(a.x, a.y, b.x, b.y);
                if (s != null) {
                    rulings.add(s);
                }
            }
        }
    }

    private void fillRulings() {
        boolean opaque = opaque();
        for (List<Point2D.Float> sub : path) {
            float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
            for (Point2D.Float p : sub) {
                minX = Math.min(minX, p.x);
                maxX = Math.max(maxX, p.x);
                minY = Math.min(minY, p.y);
                maxY = Math.max(maxY, p.y);
            }
            float w = maxX - minX;
            float h = maxY - minY;
            if (h <= THIN && w > 2 * h && w >= 2) {
                rulings.add(new Segment(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2));
            } else if (w <= THIN && h > 2 * w && h >= 2) {
                rulings.add(new Segment((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY));
            } else if (opaque && w > THIN && h > THIN && rectangle(sub)) {
                Rectangle2D painted = device(sub).createIntersection(getGraphicsState().getCurrentClippingPath().getBounds2D());
                if (!painted.isEmpty()) {
                    ink.filled(clock.now(), painted);
                }
            }
        }
    }

    /** Whether what is filled now covers what lies under it: full opacity, normal blending, no soft mask. */
    private boolean opaque() {
        var state = getGraphicsState();
        return state.getNonStrokeAlphaConstant() >= 0.999 && state.getSoftMask() == null
                && state.getBlendMode() == BlendMode.NORMAL;
    }

    /** A closed subpath of four sides, each horizontal or vertical: a rectangle. */
    private static boolean rectangle(List<Point2D.Float> sub) {
        if (sub.size() < 4 || sub.size() > 5) {
            return false;
        }
        for (int i = 1; i <= sub.size(); i++) {
            Point2D.Float a = sub.get(i - 1);
            Point2D.Float b = sub.get(i % sub.size());
            if (Math.abs(a.x - b.x) > 0.5f && Math.abs(a.y - b.y) > 0.5f) {
                return false;
            }
        }
        return true;
    }

    /** The bounds of a subpath given in the reading frame, back in device space (where clipping paths are). */
    private Rectangle2D device(List<Point2D.Float> sub) {
        Rectangle2D box = null;
        for (Point2D.Float p : sub) {
            Point2D d = deviceOf(p);
            if (box == null) {
                box = new Rectangle2D.Double(d.getX(), d.getY(), 0, 0);
            } else {
                box.add(d);
            }
        }
        return box;
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    @Override
    public void drawImage(PDImage image) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        imageArea += Math.abs((double) ctm.getScaleX() * ctm.getScaleY() - (double) ctm.getShearX() * ctm.getShearY());
    }
}
