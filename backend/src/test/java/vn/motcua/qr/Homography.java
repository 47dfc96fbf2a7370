package vn.motcua.qr;

import java.awt.geom.Point2D;

/** The 3x3 projective transform (h33 = 1) taking four points onto four others. */
final class Homography {

    private Homography() {
    }

    /** Returns {h11, h12, h13, h21, h22, h23, h31, h32} mapping each {@code from[i]} to {@code to[i]}. */
    static double[] solve(Point2D[] from, Point2D[] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i].getX();
            double y = from[i].getY();
            double u = to[i].getX();
            double v = to[i].getY();
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        // Gaussian elimination with partial pivoting on the 8x8 system augmented by column 8.
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int row = col + 1; row < 8; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = 0; row < 8; row++) {
                if (row == col) {
                    continue;
                }
                double factor = a[row][col] / a[col][col];
                for (int k = col; k < 9; k++) {
                    a[row][k] -= factor * a[col][k];
                }
            }
        }
        double[] h = new double[8];
        for (int i = 0; i < 8; i++) {
            h[i] = a[i][8] / a[i][i];
        }
        return h;
    }

    /** Applies {@code h} (as returned by {@link #solve}) to a point. */
    static Point2D apply(double[] h, Point2D p) {
        double w = h[6] * p.getX() + h[7] * p.getY() + 1;
        return new Point2D.Double((h[0] * p.getX() + h[1] * p.getY() + h[2]) / w,
                (h[3] * p.getX() + h[4] * p.getY() + h[5]) / w);
    }
}
