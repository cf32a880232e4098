package id.gamestore.order.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.gamestore.order.operations.client.Remote;

/** The admin report's small rules that need no service: percentages, why a part is missing, the text limit. */
class AdminReportsTest {

    @Test
    void ratesReadAsPercentagesWithAtMostOneDecimal() {
        assertThat(AdminReports.percent(0.7778)).isEqualTo("77.8%");
        assertThat(AdminReports.percent(1.0)).isEqualTo("100%");
        assertThat(AdminReports.percent(0.0)).isEqualTo("0%");
        assertThat(AdminReports.percent(0.12345)).isEqualTo("12.3%");
        assertThat(AdminReports.percent(null)).isNull();
    }

    @Test
    void aMissingPartSaysWhy() {
        assertThat(AdminReports.problem(Remote.notConfigured())).isEqualTo("NOT_CONFIGURED");
        assertThat(AdminReports.problem(new Remote<>(Remote.Outcome.UNREACHABLE, null, 503, null, null)))
                .isEqualTo("UNREACHABLE");
        assertThat(AdminReports.problem(new Remote<>(Remote.Outcome.REFUSED, null, 404, "NOT_FOUND", "x")))
                .isEqualTo("HTTP 404 NOT_FOUND");
        assertThat(AdminReports.problem(new Remote<>(Remote.Outcome.OK, "figures", 200, null, null))).isNull();
    }

    @Test
    void aTextOverTheEventsLimitIsCutToItWithoutSplittingAnEmoji() {
        String shortText = "❌ ORD-1";
        assertThat(AdminReports.fit(shortText)).isSameAs(shortText);
        String longText = "⚠️".repeat(1000) + "✉️".repeat(2000) + "❌ x".repeat(1000);
        String fitted = AdminReports.fit(longText);
        assertThat(fitted.codePointCount(0, fitted.length())).isEqualTo(AdminReports.MAX_TEXT);
        assertThat(fitted).endsWith("…");
        assertThat(Character.isHighSurrogate(fitted.charAt(fitted.length() - 2))).isFalse();
        String emojis = "😀".repeat(5000);
        String cut = AdminReports.fit(emojis);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(AdminReports.MAX_TEXT);
        assertThat(cut.substring(0, cut.length() - 1)).matches("(😀)+");
    }
}
