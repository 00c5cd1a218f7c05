package org.motus.therapist.discharge;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.motus.therapist.patients.EpisodeRecord;

/**
 * Renders an episode of care as an A4 discharge summary with OpenPDF (issue 13 item 2): goals,
 * pain and function against the baseline, adherence, flags and the plan's history. Written for
 * the next clinician and the patient alike: figures with their meaning in words.
 */
public final class DischargeSummaryPdf {

    private static final Color INK = new Color(31, 41, 55);
    private static final Color MUTED = new Color(75, 85, 99);
    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD, INK);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 12, Font.NORMAL, MUTED);
    private static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD, INK);
    private static final Font LABEL = new Font(Font.HELVETICA, 11, Font.BOLD, INK);
    private static final Font BODY = new Font(Font.HELVETICA, 11, Font.NORMAL, INK);
    private static final Font SMALL = new Font(Font.HELVETICA, 9, Font.NORMAL, MUTED);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** What the summary prints: patient-service's figures and this service's plan history. */
    public record Summary(EpisodeRecord episode, String planTitle, List<PlanChanges.Change> planHistory) {}

    private DischargeSummaryPdf() {}

    public static byte[] render(Summary summary) {
        EpisodeRecord episode = summary.episode();
        ZoneId zone = zoneOf(episode.zone());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 54, 54, 54, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(episode.interim()));
            String title = episode.interim() ? "Interim summary of care" : "Discharge summary";
            document.addTitle(title + " - " + episode.displayName());
            document.addCreator("Motus");
            document.open();
            header(document, episode, title, zone);
            goals(document, episode);
            pain(document, episode);
            function(document, episode);
            adherence(document, episode);
            flags(document, episode, zone);
            plan(document, summary);
            Paragraph closing = new Paragraph(
                    "Figures are from what the patient recorded in Motus, counted in the patient's time zone ("
                            + episode.zone() + "). Motus supports care between visits; it does not replace clinical "
                            + "judgement and is not for emergencies. Generated " + at(episode.generatedAt(), zone)
                            + ".",
                    SMALL);
            closing.setSpacingBefore(14);
            document.add(closing);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the discharge summary", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static void header(Document document, EpisodeRecord episode, String title, ZoneId zone) {
        document.add(new Paragraph(title, TITLE));
        document.add(new Paragraph(episode.displayName(), HEADING));
        String period = "In care from " + day(episode.careStarted()) + " to " + day(episode.careEnded())
                + (episode.interim() ? " (still in care; figures to date)." : ".");
        document.add(new Paragraph(period, SUBTITLE));
        if (episode.conditions() != null && !episode.conditions().isEmpty()) {
            document.add(labelled(
                    "Conditions: ",
                    String.join(
                            ", ",
                            episode.conditions().stream()
                                    .map(DischargeSummaryPdf::words)
                                    .toList())));
        }
        if (episode.dischargedAt() != null) {
            document.add(labelled(
                    "Discharged: ",
                    at(episode.dischargedAt(), zone)
                            + (episode.dischargeNote() == null ? "" : ". Note: " + episode.dischargeNote())));
        }
    }

    private static void goals(Document document, EpisodeRecord episode) {
        section(document, "Goals");
        document.add(new Paragraph(
                episode.goals() == null || episode.goals().isBlank() ? "No goals were recorded." : episode.goals(),
                BODY));
    }

    private static void pain(Document document, EpisodeRecord episode) {
        section(document, "Pain against the baseline");
        EpisodeRecord.Pain pain = episode.pain();
        document.add(
                labelled("Baseline: ", pain.baselinePain() == null ? "not recorded" : pain.baselinePain() + "/10"));
        if (pain.endMeanPain() != null) {
            document.add(labelled(
                    "At the end: ",
                    "mean resting pain " + one(pain.endMeanPain()) + "/10 over " + pain.endReadings()
                            + (pain.endReadings() == 1 ? " reading" : " readings") + ", " + day(pain.endWindowFrom())
                            + " to " + day(pain.endWindowTo())));
        }
        if (pain.changePoints() != null) {
            document.add(labelled(
                    "Change: ",
                    signed(pain.changePoints()) + " points"
                            + (pain.reductionPercent() == null
                                    ? ""
                                    : " (" + one(pain.reductionPercent()) + " % reduction)")));
        }
        document.add(labelled("Meaning: ", painMeaning(pain.meaning())));
        List<EpisodeRecord.PainWeek> weeks = episode.painWeeksOrEmpty().stream()
                .filter(week -> week.meanPain() != null)
                .toList();
        if (!weeks.isEmpty()) {
            PdfPTable table =
                    table(new float[] {1, 2, 1.2f, 1.5f, 1.8f}, "Week", "From", "Readings", "Mean pain", "Reduction");
            for (EpisodeRecord.PainWeek week : weeks) {
                cells(
                        table,
                        String.valueOf(week.weekNumber()),
                        day(week.weekStart()),
                        String.valueOf(week.readings()),
                        one(week.meanPain()),
                        week.reductionPercent() == null ? "-" : one(week.reductionPercent()) + " %");
            }
            document.add(table);
        }
    }

    private static void function(Document document, EpisodeRecord episode) {
        section(document, "Function (outcome measures)");
        List<EpisodeRecord.Measure> measures = episode.functionOrEmpty();
        if (measures.isEmpty()) {
            document.add(new Paragraph("No outcome measure was answered in this episode.", BODY));
            return;
        }
        PdfPTable table = table(
                new float[] {1.4f, 1.6f, 1.6f, 1.1f, 1, 2},
                "Measure",
                "Baseline",
                "Latest",
                "Change",
                "MCID",
                "Meaning");
        for (EpisodeRecord.Measure measure : measures) {
            cells(
                    table,
                    words(measure.instrument()),
                    plain(measure.baseline()),
                    plain(measure.latest()) + " (" + measure.responses() + " answers)",
                    measure.change() == null
                            ? "-"
                            : (measure.change().signum() > 0 ? "+" : "") + plain(measure.change()),
                    measure.mcid() == null ? "none published" : plain(measure.mcid()),
                    words(measure.meaning())
                            + (measure.higherIsBetter() ? " (higher is better)" : " (lower is better)"));
        }
        document.add(table);
    }

    private static void adherence(Document document, EpisodeRecord episode) {
        section(document, "Adherence");
        EpisodeRecord.Adherence adherence = episode.adherence();
        document.add(labelled(
                "Sessions: ",
                adherence.sessions() + " in " + adherence.weeksInCare()
                        + (adherence.weeksInCare() == 1 ? " week" : " weeks") + " ("
                        + one(adherence.meanSessionsPerWeek()) + " a week)"));
        document.add(labelled(
                "Prescribed: ",
                adherence.prescribedSessionsPerWeek() == null
                        ? "no frequency was prescribed"
                        : adherence.prescribedSessionsPerWeek() + " a week; reached in "
                                + adherence.weeksPrescriptionMet() + " of " + adherence.weeksInCare() + " weeks"));
        EpisodeRecord.Window window = adherence.last30Days();
        if (window != null) {
            document.add(labelled(
                    "Days with data: ",
                    window.daysWithData() + " of the 30 days " + day(window.from()) + " to " + day(window.to())
                            + " (remote monitoring needs " + window.thresholdDays() + ")"));
        }
    }

    private static void flags(Document document, EpisodeRecord episode, ZoneId zone) {
        section(document, "Flags");
        EpisodeRecord.Flags flags = episode.flags();
        if (flags.raised() == null || flags.raised().isEmpty()) {
            document.add(new Paragraph("No flag was raised in this episode.", BODY));
            return;
        }
        document.add(new Paragraph(
                flags.urgent() + " urgent, " + flags.high() + " high, " + flags.routine() + " routine; "
                        + flags.stillOpen() + " not acknowledged.",
                BODY));
        PdfPTable table = table(new float[] {1.6f, 1.1f, 4, 1.6f}, "Raised", "Severity", "What", "Acknowledged");
        for (EpisodeRecord.RaisedFlag flag : flags.raised()) {
            cells(
                    table,
                    at(flag.raisedAt(), zone),
                    words(flag.severity()),
                    flag.detail() == null ? words(flag.kind()) : flag.detail(),
                    flag.acknowledgedAt() == null ? "not yet" : at(flag.acknowledgedAt(), zone));
        }
        document.add(table);
    }

    private static void plan(Document document, Summary summary) {
        section(document, "Home programme");
        if (summary.planHistory().isEmpty()) {
            document.add(new Paragraph("No plan was published for this patient.", BODY));
            return;
        }
        document.add(new Paragraph(summary.planTitle(), LABEL));
        for (PlanChanges.Change change : summary.planHistory()) {
            Paragraph version = new Paragraph();
            version.setSpacingBefore(4);
            version.add(new Chunk(
                    "Version " + change.number()
                            + (change.publishedOn() == null ? "" : ", " + day(change.publishedOn())) + " ("
                            + change.items() + (change.items() == 1 ? " item" : " items") + "): ",
                    LABEL));
            StringBuilder text = new StringBuilder();
            if (!change.added().isEmpty()) {
                text.append(change.number() == summary.planHistory().get(0).number() ? "started with " : "added ")
                        .append(String.join(", ", change.added()))
                        .append(". ");
            }
            if (!change.removed().isEmpty()) {
                text.append("removed ")
                        .append(String.join(", ", change.removed()))
                        .append(". ");
            }
            if (!change.changed().isEmpty()) {
                text.append("changed ")
                        .append(String.join("; ", change.changed()))
                        .append(". ");
            }
            if (text.isEmpty()) {
                text.append("no change to the exercises. ");
            }
            if (change.changeNote() != null && !change.changeNote().isBlank()) {
                text.append("Note: ").append(change.changeNote());
            }
            version.add(new Phrase(text.toString().trim(), BODY));
            document.add(version);
        }
    }

    /** rules: TARGET_REACHED, IMPROVED, NO_IMPORTANT_CHANGE, WORSENED, NOT_ASSESSED (patient-service's EpisodeOutcome). */
    static String painMeaning(String meaning) {
        if (meaning == null) {
            return "not assessed";
        }
        return switch (meaning) {
            case "TARGET_REACHED" -> "reduced by half or more: the expected course's target was reached";
            case "IMPROVED" -> "a clinically important improvement (at least 2 points or 30 %), short of the target";
            case "NO_IMPORTANT_CHANGE" -> "no clinically important change";
            case "WORSENED" -> "worse: 2 points or more above the baseline";
            case "NOT_ASSESSED" -> "not assessed: no baseline or no resting pain readings";
            default -> words(meaning);
        };
    }

    private static void section(Document document, String title) {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(3);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, LABEL));
            cell.setBackgroundColor(new Color(243, 244, 246));
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(value, BODY));
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    private static Paragraph labelled(String label, String text) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label, LABEL));
        p.add(new Phrase(text, BODY));
        p.setSpacingBefore(2);
        return p;
    }

    /** "LOW_BACK" -> "low back"; what patient-service sends stays readable even when new. */
    static String words(String code) {
        return code == null ? "-" : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String day(LocalDate day) {
        return day == null ? "-" : day.format(DAY);
    }

    private static String at(Instant instant, ZoneId zone) {
        return instant == null ? "-" : day(LocalDate.ofInstant(instant, zone));
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + one(value);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    private static ZoneId zoneOf(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    /** "Motus - discharge summary - page N" at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final String what;

        Footer(boolean interim) {
            this.what = interim ? "interim summary" : "discharge summary";
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    new Phrase(
                            "Motus - " + what + " - confidential health information - page " + writer.getPageNumber(),
                            SMALL),
                    (document.left() + document.right()) / 2,
                    document.bottom() - 24,
                    0);
        }
    }
}
