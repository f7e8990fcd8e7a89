package io.github.camelsegmentremote.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * The throughput chart (employees per second, median with min–max whiskers, one group of bars per N) as a PNG,
 * drawn with java.awt in headless mode: nothing to install.
 */
final class ThroughputChart {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 560;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 84;
    private static final int BOTTOM = 110;
    private static final Color[] COLORS = {new Color(0xE0, 0x6C, 0x1F), new Color(0x3A, 0x6E, 0xA5),
        new Color(0x6A, 0xA8, 0x4F), new Color(0x88, 0x88, 0x88), new Color(0xF2, 0xB4, 0x7E),
        new Color(0xB5, 0x8B, 0xD0)};

    static {
        // Drawing needs no display: set before AWT starts (a no-op if it already has).
        System.setProperty("java.awt.headless", "true");
    }

    private final BenchReport report;

    ThroughputChart(BenchReport report) {
        this.report = report;
    }

    void write(Path file) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private void draw(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        List<Integer> sizes = report.sizes();
        List<String> variants = report.variants();
        double top = niceMax(sizes.stream().flatMap(n -> variants.stream().map(v -> best(v, n))).mapToDouble(d -> d)
                .max().orElse(1));
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int plotWidth = WIDTH - LEFT - RIGHT;

        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("Full sync of N Remote employees into Segment identify: employees per second", LEFT, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString("Higher is better. Bars: median of the runs; whiskers: slowest and fastest run. "
                + "See BENCHMARKS.md for the machine and the method.", LEFT, 52);

        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i <= 5; i++) {
            double value = top * i / 5;
            int y = TOP + plotHeight - (int) Math.round(plotHeight * value / top);
            g.setColor(new Color(0xE4, 0xE4, 0xE4));
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.setColor(Color.DARK_GRAY);
            String label = String.format(Locale.ROOT, "%,.0f", value);
            g.drawString(label, LEFT - 8 - fm.stringWidth(label), y + fm.getAscent() / 2);
        }
        g.setColor(Color.BLACK);
        g.drawLine(LEFT, TOP, LEFT, TOP + plotHeight);
        g.drawLine(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight);

        int groupWidth = plotWidth / Math.max(1, sizes.size());
        int barWidth = Math.min(80, (groupWidth - 40) / Math.max(1, variants.size()));
        for (int s = 0; s < sizes.size(); s++) {
            int size = sizes.get(s);
            List<String> present = variants.stream().filter(v -> report.syncMillis(v, size).isPresent()).toList();
            int groupLeft = LEFT + s * groupWidth + (groupWidth - barWidth * present.size()) / 2;
            for (int p = 0; p < present.size(); p++) {
                String variant = present.get(p);
                int v = variants.indexOf(variant);
                var time = report.syncMillis(variant, size);
                double median = size / (time.get().median() / 1000);
                double low = size / (time.get().max() / 1000);
                double high = size / (time.get().min() / 1000);
                int x = groupLeft + p * barWidth;
                int barTop = TOP + plotHeight - (int) Math.round(plotHeight * median / top);
                g.setColor(COLORS[v % COLORS.length]);
                g.fillRect(x + 4, barTop, barWidth - 8, TOP + plotHeight - barTop);
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(1.5f));
                int center = x + barWidth / 2;
                int yLow = TOP + plotHeight - (int) Math.round(plotHeight * low / top);
                int yHigh = TOP + plotHeight - (int) Math.round(plotHeight * high / top);
                g.drawLine(center, yLow, center, yHigh);
                g.drawLine(center - 6, yLow, center + 6, yLow);
                g.drawLine(center - 6, yHigh, center + 6, yHigh);
                String label = String.format(Locale.ROOT, "%,.0f", median);
                g.drawString(label, center - fm.stringWidth(label) / 2, Math.min(barTop, yHigh) - 6);
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            String group = String.format(Locale.ROOT, "N = %,d", size);
            g.drawString(group, LEFT + s * groupWidth + (groupWidth - g.getFontMetrics().stringWidth(group)) / 2,
                    TOP + plotHeight + 24);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        }

        int legendX = LEFT;
        int legendY = HEIGHT - BOTTOM + 55;
        for (int v = 0; v < variants.size(); v++) {
            String name = variants.get(v);
            int width = 20 + fm.stringWidth(name) + 30;
            if (legendX + width > WIDTH - RIGHT) {
                legendX = LEFT;
                legendY += 22;
            }
            g.setColor(COLORS[v % COLORS.length]);
            g.fillRect(legendX, legendY - 11, 14, 14);
            g.setColor(Color.BLACK);
            g.drawString(name, legendX + 20, legendY);
            legendX += width;
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString("employees/s", LEFT - fm.stringWidth("employees/s") / 2, TOP - 10);
    }

    private double best(String variant, int size) {
        return report.syncMillis(variant, size).map(t -> size / (t.min() / 1000)).orElse(0.0);
    }

    /** A round axis maximum a little above {@code value}, divisible into five round steps. */
    static double niceMax(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(value, 1))));
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * magnitude >= value * 1.08) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
