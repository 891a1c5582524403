package org.mentorship.certificate.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.model.Certificate;
import org.mentorship.certificate.model.CertificateStatus;

/** The letter read back with PDFBox: its text holds the facts, its QR code decodes to the verification URL. */
class LetterPdfTest {

    @Test
    void theTextHoldsEveryFact() throws Exception {
        Certificate c = certificate("Ana Okafor-Lindqvist");
        String text;
        try (PDDocument doc = Loader.loadPDF(new LetterPdf().render(c))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Letter of Completion 7KQ2-M9XD-4RTA-JH3C");
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text)
                .contains(
                        "Letter of Completion",
                        "Ana Okafor-Lindqvist",
                        "Project: Structured logging for the storage controller",
                        "Organization: Cloud Native Storage Foundation",
                        "Term: Spring 2026 (2 March 2026 to 29 May 2026)",
                        "Mentorship completed: 29 May 2026",
                        "Issued: 30 May 2026",
                        "Verification code: 7KQ2-M9XD-4RTA-JH3C",
                        "https://verify.example.org/api/v1/certificates/verify/7KQ2-M9XD-4RTA-JH3C");
    }

    @Test
    void theQrCodeIsTheVerificationUrl() throws Exception {
        Certificate c = certificate("Ana");
        BufferedImage image;
        try (PDDocument doc = Loader.loadPDF(new LetterPdf().render(c))) {
            image = new PDFRenderer(doc).renderImageWithDPI(0, 150);
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        String decoded = new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
        assertThat(decoded).isEqualTo(c.verificationUrl);
    }

    @Test
    void lettersOutsideTheStandardFontAreKeptReadable() throws Exception {
        Certificate c = certificate("Zoë Łukasiewicz 王");
        try (PDDocument doc = Loader.loadPDF(new LetterPdf().render(c))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Zoë Łukasiewicz ?");
        }
    }

    static Certificate certificate(String name) {
        Certificate c = new Certificate();
        c.id = UUID.randomUUID();
        c.mentorshipId = UUID.randomUUID();
        c.menteeId = "ana";
        c.menteeName = name;
        c.menteeEmail = "ana@example.org";
        c.termName = "Spring 2026";
        c.projectTitle = "Structured logging for the storage controller";
        c.organization = "Cloud Native Storage Foundation";
        c.programStart = LocalDate.of(2026, 3, 2);
        c.programEnd = LocalDate.of(2026, 5, 29);
        c.completedAt = Instant.parse("2026-05-29T10:00:00Z");
        c.issuedAt = Instant.parse("2026-05-30T08:00:00Z");
        c.verificationCode = "7KQ2-M9XD-4RTA-JH3C";
        c.verificationUrl = "https://verify.example.org/api/v1/certificates/verify/7KQ2-M9XD-4RTA-JH3C";
        c.keyId = "ed25519-1";
        c.signature = "x";
        c.status = CertificateStatus.VALID;
        return c;
    }
}
