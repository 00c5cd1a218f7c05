package org.motus.therapist.handout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;

/**
 * Renders a {@link Handout} as an A4 PDF with OpenPDF: large, plain Helvetica (13 pt body), a few
 * items per page, the pain rules in words, page numbers in the footer.
 */
public final class HandoutPdf {

    /** At most this many items per page keep the print readable; an item that does not fit moves whole to the next page. */
    public static final int ITEMS_PER_PAGE = 3;

    private static final Color INK = new Color(31, 41, 55);
    private static final Color MUTED = new Color(75, 85, 99);
    private static final Font TITLE = new Font(Font.HELVETICA, 22, Font.BOLD, INK);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 13, Font.NORMAL, MUTED);
    private static final Font HEADING = new Font(Font.HELVETICA, 16, Font.BOLD, INK);
    private static final Font LABEL = new Font(Font.HELVETICA, 13, Font.BOLD, INK);
    private static final Font BODY = new Font(Font.HELVETICA, 13, Font.NORMAL, INK);
    private static final Font SMALL = new Font(Font.HELVETICA, 10, Font.NORMAL, MUTED);

    private HandoutPdf() {}

    public static byte[] render(Handout handout) {
        HandoutTexts words = handout.language().texts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 54, 54, 54, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(words));
            document.addTitle(handout.planTitle());
            document.addCreator("Motus");
            // The catalog's /Lang: screen readers read the handout in its language (PDF 1.7 §14.9.2).
            writer.getExtraCatalog()
                    .put(PdfName.LANG, new PdfString(handout.language().tag()));
            document.open();
            header(document, handout, words);
            int onPage = 0;
            String section = null;
            for (Handout.Entry entry : handout.entries()) {
                if (onPage == ITEMS_PER_PAGE) {
                    document.newPage();
                    onPage = 0;
                    section = null;
                }
                String heading = entry.section() != null && !entry.section().equals(section) ? entry.section() : null;
                section = entry.section();
                int page = writer.getPageNumber();
                item(document, entry, heading, words);
                onPage = writer.getPageNumber() == page
                        ? onPage + 1
                        : 1; // a block that did not fit moved whole to a new page
            }
            document.add(safety(handout.emergencyNumber(), words));
            Paragraph closing = new Paragraph(words.closing(), SMALL);
            closing.setSpacingBefore(10);
            document.add(closing);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the handout", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static void header(Document document, Handout handout, HandoutTexts words) {
        document.add(new Paragraph(handout.planTitle(), TITLE));
        String who = handout.patientName() == null ? "" : words.forPatient(handout.patientName()) + " ";
        String version = handout.publishedOn() == null
                ? words.version(handout.version())
                : words.versionPublished(
                        handout.version(),
                        handout.publishedOn().format(handout.language().dates()));
        document.add(new Paragraph(who + version, SUBTITLE));
        Paragraph rules = new Paragraph();
        rules.setSpacingBefore(10);
        rules.setSpacingAfter(6);
        rules.add(new Chunk(words.painLabel() + " ", LABEL));
        // clinical-rules.md §3 and 13 (the patient's own ceiling, worst of during and right after), in the patient's
        // words.
        rules.add(new Phrase(words.painRule(handout.painCeiling()), BODY));
        document.add(rules);
        Paragraph notForEmergencies = new Paragraph(words.notForEmergencies(handout.emergencyNumber()), LABEL);
        notForEmergencies.setSpacingAfter(6);
        document.add(notForEmergencies);
        if (handout.heartRateNote() != null) {
            document.add(new Paragraph(handout.heartRateNote(), BODY));
        }
    }

    /**
     * When to stop and get help (clinical-rules.md §16): the emergency number for chest symptoms and for
     * saddle numbness, bladder or bowel changes; urgent same-day care for the other red flags.
     */
    private static Paragraph safety(String emergencyNumber, HandoutTexts words) {
        Paragraph safety = new Paragraph();
        safety.setSpacingBefore(16);
        safety.add(new Chunk(words.emergencyLabel(emergencyNumber) + " ", LABEL));
        safety.add(new Phrase(words.emergencySigns() + " ", BODY));
        safety.add(new Chunk(words.urgentLabel() + " ", LABEL));
        safety.add(new Phrase(words.urgentSigns(), BODY));
        return safety;
    }

    /** One item (with its section heading, if it opens one) as a block that is never split across pages. */
    private static void item(Document document, Handout.Entry entry, String sectionHeading, HandoutTexts words) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(10);
        if (sectionHeading != null) {
            Paragraph heading = new Paragraph(sectionHeading, SUBTITLE);
            heading.setSpacingBefore(6);
            cell.addElement(heading);
        }
        Paragraph name = new Paragraph(entry.position() + ". " + entry.name(), HEADING);
        name.setSpacingBefore(6);
        cell.addElement(name);
        cell.addElement(new Paragraph(entry.pillar(), SMALL));
        cell.addElement(labelled(words.whatToDo(), entry.amount()));
        cell.addElement(labelled(words.when(), entry.when()));
        if (!entry.instructions().isEmpty()) {
            cell.addElement(label(words.how()));
            List steps = new List(List.ORDERED);
            steps.setIndentationLeft(14);
            entry.instructions().forEach(step -> steps.add(new ListItem(step, BODY)));
            cell.addElement(steps);
        }
        if (!entry.mistakes().isEmpty()) {
            cell.addElement(label(words.watchOutFor()));
            List mistakes = new List(List.UNORDERED);
            mistakes.setListSymbol(new Chunk("-  ", BODY));
            mistakes.setIndentationLeft(14);
            entry.mistakes().forEach(m -> mistakes.add(new ListItem(m, BODY)));
            cell.addElement(mistakes);
        }
        if (!entry.contraindications().isEmpty()) {
            // clinical-rules.md §20: the exercise's contraindications are printed.
            cell.addElement(label(words.whenNot()));
            List cautions = new List(List.UNORDERED);
            cautions.setListSymbol(new Chunk("-  ", BODY));
            cautions.setIndentationLeft(14);
            entry.contraindications().forEach(c -> cautions.add(new ListItem(c, BODY)));
            cell.addElement(cautions);
        }
        if (entry.notes() != null) {
            cell.addElement(labelled(words.fromTherapist(), entry.notes()));
        }
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.addCell(cell);
        document.add(block);
    }

    private static Paragraph label(String text) {
        Paragraph p = new Paragraph(text, LABEL);
        p.setSpacingBefore(3);
        return p;
    }

    private static Paragraph labelled(String label, String text) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label + " ", LABEL));
        p.add(new Phrase(text, BODY));
        p.setSpacingBefore(3);
        return p;
    }

    /** "Motus - page N" at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final HandoutTexts words;

        Footer(HandoutTexts words) {
            this.words = words;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_CENTER,
                    new Phrase(words.page(writer.getPageNumber()), SMALL),
                    (document.left() + document.right()) / 2,
                    document.bottom() - 24,
                    0);
        }
    }
}
