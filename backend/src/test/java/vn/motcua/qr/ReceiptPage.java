package vn.motcua.qr;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Draws an A5 "giấy tiếp nhận hồ sơ" receipt as it comes out of an office printer: header,
 * Vietnamese text lines, a red stamp, and the QR code printed {@code qrSizeMm} wide
 * (quiet zone excluded) near the bottom right. Drawn in vector form at the photo's
 * resolution so the later warp samples close to 1:1.
 */
final class ReceiptPage {

    static final double WIDTH_MM = 148;
    static final double HEIGHT_MM = 210;
    private static final double QR_RIGHT_MARGIN_MM = 14;
    private static final double QR_TOP_MM = 128;

    private static final String[] HEADER = {
        "UỶ BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    };
    private static final String[] BODY = {
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        "Mã hồ sơ: 000.00.22.H12-261120-0007",
        "Người nộp: Nguyễn Thị Hồng Nhung",
        "Địa chỉ: 12 Trần Hưng Đạo, Phường 1, TP Đà Lạt",
        "Thủ tục: Cấp giấy chứng nhận quyền sử dụng đất",
        "Ngày nhận: 26/11/2020 - Ngày hẹn trả: 10/12/2020",
        "Thành phần hồ sơ: 03 bộ, bản chính và bản sao",
        "Lệ phí: 100.000 đồng - Đã thu",
    };

    private ReceiptPage() {
    }

    /** Centre of the QR symbol on the page, in millimetres from the top-left corner. */
    static Point2D qrCentreMm(double qrSizeMm) {
        return new Point2D.Double(WIDTH_MM - QR_RIGHT_MARGIN_MM - qrSizeMm / 2, QR_TOP_MM + qrSizeMm / 2);
    }

    /** The page alone, {@code pxPerMm} pixels per millimetre, for the projective warp. */
    static BufferedImage render(ByteMatrix qr, double pxPerMm, double qrSizeMm, Random rnd) {
        int width = (int) Math.ceil(WIDTH_MM * pxPerMm);
        int height = (int) Math.ceil(HEIGHT_MM * pxPerMm);
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        try {
            g.scale(pxPerMm, pxPerMm);
            draw(g, qr, qrSizeMm, rnd);
        } finally {
            g.dispose();
        }
        return page;
    }

    /** Draws the page in millimetre units through {@code g}'s current transform, paper included. */
    static void draw(Graphics2D g, ByteMatrix qr, double qrSizeMm, Random rnd) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        int paper = 238 + rnd.nextInt(15);
        g.setColor(new Color(paper, paper, Math.max(0, paper - rnd.nextInt(12))));
        g.fill(new Rectangle2D.Double(0, 0, WIDTH_MM, HEIGHT_MM));
        drawText(g, rnd);
        drawStamp(g, rnd);
        drawQr(g, qr, qrSizeMm);
    }

    private static void drawText(Graphics2D g, Random rnd) {
        Color ink = new Color(25 + rnd.nextInt(20), 25 + rnd.nextInt(20), 30 + rnd.nextInt(20));
        g.setColor(ink);
        double y = 14;
        for (String line : HEADER) {
            writeLine(g, line, 12, y, 3.2f, Font.BOLD);
            y += 5.5;
        }
        y += 6;
        for (int i = 0; i < BODY.length; i++) {
            writeLine(g, BODY[i], 12, y, i == 0 ? 4.0f : 3.3f, i == 0 ? Font.BOLD : Font.PLAIN);
            y += 7.5;
        }
        double qrLeft = WIDTH_MM - QR_RIGHT_MARGIN_MM - 30;
        writeLine(g, "Quét mã QR bằng Zalo", 12, QR_TOP_MM + 8, 3.3f, Font.ITALIC);
        writeLine(g, "để tra cứu tình trạng hồ sơ", 12, QR_TOP_MM + 14, 3.3f, Font.ITALIC);
        g.setStroke(new BasicStroke(0.3f));
        g.draw(new Rectangle2D.Double(8, QR_TOP_MM - 6, qrLeft - 14, 30));
        writeLine(g, "NGƯỜI TIẾP NHẬN", 20, 180, 3.3f, Font.BOLD);
        writeLine(g, "Trần Văn Bình", 24, 200, 3.3f, Font.PLAIN);
    }

    /** Text when fonts are available, ink blobs of the same size otherwise (bare headless JDKs). */
    private static void writeLine(Graphics2D g, String text, double x, double y, float sizeMm, int style) {
        try {
            g.setFont(new Font(Font.SANS_SERIF, style, 1).deriveFont(sizeMm));
            g.drawString(text, (float) x, (float) y);
        } catch (RuntimeException | Error noFonts) {
            g.fill(new Rectangle2D.Double(x, y - sizeMm * 0.7, text.length() * sizeMm * 0.5, sizeMm * 0.7));
        }
    }

    /** A red round office stamp: a large curved distractor overlapping the signature. */
    private static void drawStamp(Graphics2D g, Random rnd) {
        g.setColor(new Color(200, 30 + rnd.nextInt(30), 40, 170));
        g.setStroke(new BasicStroke(0.8f));
        double cx = 40 + rnd.nextDouble() * 10;
        double cy = 188;
        g.draw(new Ellipse2D.Double(cx - 15, cy - 15, 30, 30));
        g.draw(new Ellipse2D.Double(cx - 11, cy - 11, 22, 22));
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 5 : 2;
            double a = Math.PI / 2 + i * Math.PI / 5;
            double px = cx + r * Math.cos(a);
            double py = cy - r * Math.sin(a);
            if (i == 0) {
                star.moveTo(px, py);
            } else {
                star.lineTo(px, py);
            }
        }
        star.closePath();
        g.fill(star);
    }

    private static void drawQr(Graphics2D g, ByteMatrix qr, double qrSizeMm) {
        Point2D centre = qrCentreMm(qrSizeMm);
        int n = qr.getWidth();
        double module = qrSizeMm / n;
        double left = centre.getX() - qrSizeMm / 2;
        double top = centre.getY() - qrSizeMm / 2;
        g.setColor(new Color(15, 15, 20));
        Path2D dark = new Path2D.Double();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (qr.get(x, y) == 1) {
                    // A hair of overlap: printers bleed, and it avoids anti-aliased seams.
                    dark.append(new Rectangle2D.Double(left + x * module, top + y * module,
                            module * 1.02, module * 1.02), false);
                }
            }
        }
        g.fill(dark);
    }
}
