package id.gamestore.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The admin's report outside the 24-hour window goes as the approved template with the text as one parameter:
 * WhatsApp refuses a filled-in template body over 1024 characters (132005), so a long report is cut, while the
 * free-form text inside the window stays whole.
 */
class AdminReportTemplateTest {
    private static final String ID = "REPORT-DAILY-2026-12-06";

    @Test
    void aShortReportGoesWholeInBothForms() {
        String text = "*Laporan harian 2026-12-06*\nPesanan: 3 masuk, 3 selesai";
        RenderedMessage message = MessageTemplates.asIs(MessageKind.ADMIN_REPORT, ID, text);
        assertThat(message.text()).isEqualTo(text);
        assertThat(message.templateParams()).containsExactly(ID, "*Laporan harian 2026-12-06* Pesanan: 3 masuk, 3 selesai");
    }

    @Test
    void aLongReportIsCutForTheTemplateOnlyAndSaysWhereTheRestIs() {
        String text = "*Laporan mingguan*\n" + "❌ ORD-ABCDEFGH · PANEL_REJECTED di CREATE_SERVER\n".repeat(60);
        RenderedMessage message = MessageTemplates.asIs(MessageKind.ADMIN_REPORT, ID, text);
        assertThat(message.text()).isEqualTo(text);
        String param = message.templateParams().get(1);
        assertThat(param.codePointCount(0, param.length())).isLessThanOrEqualTo(MessageTemplates.MAX_TEMPLATE_TEXT);
        assertThat(param).startsWith("*Laporan mingguan* ❌ ORD-ABCDEFGH").endsWith(" … !report");
        // the template's own words plus the parameters stay under WhatsApp's 1024
        assertThat(param.length() + ID.length() + 100).isLessThan(1024);
    }
}
