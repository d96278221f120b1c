package tenken.views.briefing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import tenken.assets.Messages;
import tenken.graph.concentration.DependenceTrend;
import tenken.graph.format.Percent;
import tenken.store.followup.FundFigure;
import tenken.store.followup.ReportCategory;
import tenken.store.followup.ReportStatus;
import tenken.store.model.Catalogue;
import tenken.store.model.DisplayNames;

/**
 * The follow-up's figures in words, for the briefing page and the screen alike: budget years, amounts in
 * 億円, a round's distribution, a dependence point. Needs no display.
 */
public final class FollowUpWords {

    /** The Reiwa era began in 2019: fiscal year 2019 is 令和元年度 (written 令和1年度 in the documents' tables). */
    private static final int REIWA_OFFSET = 2018;

    private final Locale locale;
    private final DisplayNames names;

    public FollowUpWords(Locale locale, Catalogue catalogue) {
        this.locale = locale;
        this.names = new DisplayNames(catalogue, locale);
    }

    public String message(String key, Object... args) {
        return Messages.format(locale, key, args);
    }

    private boolean japanese() {
        return "ja".equals(locale.getLanguage());
    }

    /** {@code "ja"} or {@code "en"}: which half of a bilingual text or note to show. */
    public String language() {
        return japanese() ? "ja" : "en";
    }

    /** Joins a list the way the language writes one: 「、」 in Japanese, ", " in English. */
    public Collector<CharSequence, ?, String> listJoiner() {
        return Collectors.joining(japanese() ? "、" : ", ");
    }

    /** 令和5年度補正 / FY2023 supplementary; the total (総額) when the figure has no year. */
    public String budgetYear(FundFigure figure) {
        if (figure.fiscalYear() == null) {
            return message("followup.fund.total");
        }
        String kind = figure.budget() == null ? "" : message("followup.fund.budget." + figure.budget());
        return message("followup.fund.year", String.valueOf(figure.fiscalYear() - REIWA_OFFSET),
                String.valueOf(figure.fiscalYear()), kind).strip();
    }

    /** An amount in 億円: 1兆52億円 in Japanese, 1,005.2 billion yen in English. */
    public String amount(double okuYen) {
        if (japanese()) {
            long cho = (long) (okuYen / 10_000);
            double oku = okuYen - cho * 10_000;
            String okuText = oku == 0 && cho > 0 ? "" : number(oku) + "億";
            return (cho > 0 ? cho + "兆" : "") + okuText + "円";
        }
        return String.format(Locale.ENGLISH, "%s billion yen", number(okuYen / 10));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.1f", value);
    }

    /** Always one decimal, so that a round's categories line up: 0.074 → "7.4%". */
    public String percent(double fraction) {
        return Percent.oneDecimal(fraction, locale);
    }

    /** "前倒し 9（7.4%）、計画通り 64（52.9%）…", or the stated percentages where counts are not given. */
    public String distribution(ReportStatus round) {
        return Arrays.stream(ReportCategory.values())
                .map(c -> message("followup.report." + c.column()) + " " + (round.count(c) != null
                        ? message("followup.countPercent", String.valueOf(round.count(c)),
                        percent(round.fraction(c).orElse(0)))
                        : round.percent(c) != null ? percent(round.percent(c) / 100) : "—"))
                .collect(listJoiner());
    }

    public String roundTitle(ReportStatus round) {
        return message("followup.round", String.valueOf(round.round()), round.reports(),
                round.asOf() == null ? message("followup.noDate") : round.asOf().toString());
    }

    /** "2024年 スポンジチタン（精製） 首位 中国 67.8%・HHI 0.50": one wording for the screen, briefing and command line. */
    public String point(DependenceTrend.Point point) {
        return message("followup.dependencePoint", String.valueOf(point.year()), materialName(point.item()),
                point.topCountry() == null ? "—" : country(point.topCountry()), percent(point.topShare()),
                String.format(Locale.ROOT, "%.2f", point.hhi()));
    }

    public String points(List<DependenceTrend.Point> points) {
        return points.stream().map(this::point).collect(Collectors.joining(" → "));
    }

    public String materialName(String key) {
        return names.material(key);
    }

    public String country(String iso3) {
        return names.country(iso3);
    }

    public String stageName(String key) {
        return names.stage(key);
    }
}
