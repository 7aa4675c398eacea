package cn.jsaudit.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The ruling lines of one page: stroked horizontal and vertical lines (a rectangle stroked is four), and filled
 * rectangles thin enough to be a line (how many producers draw cell borders). Wider fills (cell shading) and curves
 * are no rulings. Also sums the area images cover, to tell a scanned page.
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
    private double imageArea;

    RulingCollector(PDPage page, Budget budget) {
        super(page);
        this.budget = budget;
        this.box = page.getCropBox();
        this.rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    List<Segment> rulings() {
        return rulings;
    }

    double imageShare() {
        double page = (double) box.getWidth() * box.getHeight();
        return page <= 0 ? 0 : Math.min(1, imageArea / page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        super.processOperator(operator, operands);
    }

    /** A point of device space in the page's top-left reading frame, as the text positions are given. */
    private Point2D.Float reading(Point2D p) {
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

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D.Float> rect = new ArrayList<>(List.of(reading(p0), reading(p1), reading(p2), reading(p3), reading(p0)));
        path.add(rect);
        current = null;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(reading(new Point2D.Float(x, y)));
        path.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(reading(new Point2D.Float(x, y)));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // a curve is no ruling: start afresh from its end point
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        if (current == null || current.isEmpty()) {
            return new Point2D.Float();
        }
        Point2D.Float p = current.get(current.size() - 1);
        return p; // only used by PDFBox to continue a path; the frame does not matter for rulings
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) {
            current.add(current.get(0));
        }
    }

    @Override
    public void endPath() {
        path.clear();
        current = null;
    }

    @Override
    public void strokePath() {
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
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
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
            }
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<List<Point2D.Float>> copy = new ArrayList<>(path);
        strokePath();
        path.addAll(copy);
        fillPath(windingRule);
    }

    @Override
    public void clip(int windingRule) {
        // the clipping path is ended by the following n (endPath)
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
