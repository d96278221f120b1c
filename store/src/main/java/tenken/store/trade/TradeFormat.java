package tenken.store.trade;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The trade-statistics file formats Tenken reads, by the key analysts give to {@code --format}. The order of
 * the constants is the precedence where two statistics cover the same importer and year: the reporter's own
 * first (see {@link ShareDerivation}).
 */
public enum TradeFormat {
    /** 財務省貿易統計 品別国別表 as downloaded from e-Stat. */
    JAPAN_CUSTOMS("japan-customs",
            "財務省「貿易統計」品別国別表 (Ministry of Finance Japan, Trade Statistics of Japan), https://www.customs.go.jp/toukei/info/"),
    /** The UN Comtrade data API or bulk download CSV. */
    COMTRADE("comtrade", "United Nations, UN Comtrade Database, https://comtradeplus.un.org/"),
    /** CEPII's BACI, the reconciled bilateral trade flows at HS6. */
    BACI("baci", "CEPII, BACI: International Trade Database at the Product-Level (Gaulier and Zignago 2010),"
            + " https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37");

    private final String key;
    private final String statistic;

    TradeFormat(String key, String statistic) {
        this.key = key;
        this.statistic = statistic;
    }

    public String key() {
        return key;
    }

    /** The statistic as a reader cites it: publisher, title, URL. */
    public String statistic() {
        return statistic;
    }

    public static Optional<TradeFormat> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key.strip())).findFirst();
    }

    /** The format whose columns {@code header} has, if any. */
    public static Optional<TradeFormat> detect(List<String> header) {
        List<String> columns = header.stream().map(String::strip).toList();
        if (columns.contains(JapanCustomsReader.DIRECTION) && columns.contains(JapanCustomsReader.CODE)
                && columns.contains(JapanCustomsReader.COUNTRY)) {
            return Optional.of(JAPAN_CUSTOMS);
        }
        if (columns.contains(ComtradeReader.REPORTER) && columns.contains(ComtradeReader.CODE)) {
            return Optional.of(COMTRADE);
        }
        if (columns.equals(BaciReader.HEADER)) {
            return Optional.of(BACI);
        }
        return Optional.empty();
    }
}
