package naba.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import naba.text.Document;
import naba.text.Quantity;
import naba.text.Quotation;
import naba.text.TimeExpression;

/** The hand-written gold paragraphs of {@code gold-paragraphs.txt} and the formats the tests compare. */
final class GoldParagraphs {
    /** One paragraph with its expected items, each formatted as the test formats what was found. */
    record Paragraph(String id, LocalDate date, String text, List<String> times, List<String> quantities,
            List<String> quotations) {
        @Override
        public String toString() {
            return id;
        }
    }

    private GoldParagraphs() {
    }

    static List<Paragraph> load() throws IOException {
        List<Paragraph> out = new ArrayList<>();
        try (InputStream in = GoldParagraphs.class.getResourceAsStream("/naba/extract/gold-paragraphs.txt")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            String id = null;
            LocalDate date = null;
            String text = null;
            List<String> times = new ArrayList<>();
            List<String> quantities = new ArrayList<>();
            List<String> quotations = new ArrayList<>();
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("## ")) {
                    if (id != null) {
                        out.add(new Paragraph(id, date, text, times, quantities, quotations));
                    }
                    String[] head = line.substring(3).trim().split("\\s+");
                    id = head[0];
                    date = head.length > 1 ? LocalDate.parse(head[1].substring("date=".length())) : null;
                    text = null;
                    times = new ArrayList<>();
                    quantities = new ArrayList<>();
                    quotations = new ArrayList<>();
                } else if (line.startsWith("#") || line.isBlank()) {
                    continue;
                } else if (line.startsWith("TIME ")) {
                    times.add(line.substring(5).trim());
                } else if (line.startsWith("QTY ")) {
                    quantities.add(line.substring(4).trim());
                } else if (line.startsWith("QUOTE ")) {
                    quotations.add(line.substring(6).trim());
                } else if (text == null) {
                    text = line;
                } else {
                    throw new IllegalStateException("gold-paragraphs.txt: unexpected line in " + id + ": " + line);
                }
            }
            if (id != null) {
                out.add(new Paragraph(id, date, text, times, quantities, quotations));
            }
        }
        return out;
    }

    static String format(TimeExpression t) {
        return t.surface() + " | " + t.type() + " | " + t.value() + " | " + t.anchor();
    }

    static String format(Quantity q) {
        String value = q.exact() ? number(q.value()) : "~" + q.magnitude();
        return q.surface() + " | " + q.kind() + " | " + value + " | " + orDash(q.unit()) + " | "
                + orDash(q.currency()) + " | " + (q.qualifier() == null ? "-" : q.qualifier().name());
    }

    /** The quotation with its full content; gold lines give only the content's beginning. */
    static String format(Document d, Quotation q) {
        String text = d.text();
        return q.kind() + " | " + text.substring(q.cueStart(), q.cueEnd()) + " | "
                + (q.hasSpeaker() ? text.substring(q.speakerStart(), q.speakerEnd()) : "-") + " | "
                + (q.hasVia() ? text.substring(q.viaStart(), q.viaEnd()) : "-") + " | "
                + text.substring(q.start(), q.end());
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
