package org.mentorship.certificate.service;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.mentorship.certificate.model.Certificate;

/**
 * Renders a Letter of Completion (A4 landscape) with PDFBox: the facts, the verification code and URL, and a QR
 * code of that URL drawn as vector squares (sharp at any zoom, no image library needed).
 */
@ApplicationScoped
public class LetterPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final float MARGIN = 60;

    public byte[] render(Certificate c) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            doc.addPage(page);
            PDFont regular = font(doc);
            PDFont bold = regular;
            PDFont italic = regular;
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.setLineWidth(2);
                s.addRect(25, 25, WIDTH - 50, HEIGHT - 50);
                s.stroke();

                float y = HEIGHT - 90;
                y = centred(s, bold, 30, "Letter of Completion", y) - 30;
                y = centred(s, regular, 14, "This certifies that", y) - 12;
                y = centred(s, bold, 24, c.menteeName, y) - 12;
                y = centred(s, regular, 14, "has completed the mentorship program", y) - 24;

                float textWidth = WIDTH - 2 * MARGIN - 170;
                y = line(s, regular, bold, "Project", c.projectTitle, MARGIN, y, textWidth);
                y = line(s, regular, bold, "Organization", c.organization, MARGIN, y, textWidth);
                y = line(
                        s,
                        regular,
                        bold,
                        "Term",
                        c.termName + " (" + day(c.programStart) + " to " + day(c.programEnd) + ")",
                        MARGIN,
                        y,
                        textWidth);
                if (c.workProductUrl != null) {
                    y = line(s, regular, bold, "Work product", c.workProductUrl, MARGIN, y, textWidth);
                }
                y = line(s, regular, bold, "Mentorship completed", day(c.completedAt), MARGIN, y, textWidth);
                y = line(s, regular, bold, "Issued", day(c.issuedAt), MARGIN, y, textWidth);
                y = line(s, regular, bold, "Verification code", c.verificationCode, MARGIN, y, textWidth);
                y = line(s, regular, bold, "Verify at", c.verificationUrl, MARGIN, y, textWidth);

                text(
                        s,
                        italic,
                        8,
                        "Signed with Ed25519 (key " + c.keyId + "). Scan the code or open the URL to check "
                                + "that this letter is authentic and not revoked.",
                        MARGIN,
                        45);
                qr(s, c.verificationUrl, WIDTH - MARGIN - 140, 60, 140);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Letter of Completion " + c.verificationCode);
            info.setSubject(safe(regular, c.projectTitle));
            info.setAuthor("Mentorship program");
            info.setCreationDate(calendar(c.issuedAt));
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the Letter of Completion " + c.id, e);
        }
    }

    /**
     * Liberation Sans (the free Helvetica metric twin PDFBox ships), embedded as a subset: the letter looks the same
     * everywhere and names in Latin, Greek or Cyrillic script print as written. Falls back to the standard
     * Helvetica (Latin-1 only) should a PDFBox version drop the file.
     */
    private static PDFont font(PDDocument doc) throws IOException {
        byte[] ttf = FONT.get();
        if (ttf == null) {
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        }
        return PDType0Font.load(doc, new ByteArrayInputStream(ttf), true);
    }

    private static final java.util.function.Supplier<byte[]> FONT = new java.util.function.Supplier<>() {
        private volatile byte[] bytes;
        private volatile boolean loaded;

        @Override
        public byte[] get() {
            if (!loaded) {
                try (InputStream in = PDDocument.class.getResourceAsStream(FONT_RESOURCE)) {
                    bytes = in == null ? null : in.readAllBytes();
                } catch (IOException e) {
                    bytes = null;
                }
                loaded = true;
            }
            return bytes;
        }
    };

    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static float centred(PDPageContentStream s, PDFont font, float size, String value, float y)
            throws IOException {
        String text = safe(font, value);
        float width = font.getStringWidth(text) / 1000 * size;
        text(s, font, size, text, Math.max(MARGIN, (WIDTH - width) / 2), y);
        return y - size;
    }

    /** "Label: value", the value wrapped to the width. Returns the next baseline. */
    private static float line(
            PDPageContentStream s,
            PDFont regular,
            PDFont bold,
            String label,
            String value,
            float x,
            float y,
            float width)
            throws IOException {
        float size = 13;
        String head = label + ": ";
        text(s, bold, size, head, x, y);
        float indent = bold.getStringWidth(head) / 1000 * size;
        for (String part : wrap(regular, size, safe(regular, value), width - indent)) {
            text(s, regular, size, part, x + indent, y);
            y -= size + 6;
        }
        return y - 2;
    }

    private static void text(PDPageContentStream s, PDFont font, float size, String value, float x, float y)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(safe(font, value));
        s.endText();
    }

    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= width || current.isEmpty()) {
                current = new StringBuilder(candidate);
            } else {
                lines.add(current.toString());
                current = new StringBuilder(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** The QR code of the verification URL: one filled square per dark module. */
    private static void qr(PDPageContentStream s, String url, float x, float y, float size) throws IOException {
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(
                            url, ErrorCorrectionLevel.M, java.util.Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix();
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot encode the verification URL as a QR code", e);
        }
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row) == 1) {
                    s.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        s.fill();
    }

    /**
     * A character the font has no glyph for loses its accent if that helps (e.g. a rare accented letter), else
     * becomes '?'; control characters become spaces. The verification page always shows the name as stored.
     */
    static String safe(PDFont font, String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> {
            String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
            if (!encodable(font, ch)) {
                String plain = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                ch = !plain.isEmpty() && encodable(font, plain) ? plain : "?";
            }
            out.append(ch);
        });
        return out.toString();
    }

    private static boolean encodable(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String day(Instant instant) {
        return DAY.format(instant.atZone(ZoneOffset.UTC));
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
