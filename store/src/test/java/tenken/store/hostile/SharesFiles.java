package tenken.store.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tenken.store.model.SupplyShare;

/**
 * Share files generated from every class of hostile input in issue 10, mixed with sound rows in every
 * accepted spelling: one to three groups (material, stage, consumer, year) of one to five suppliers
 * whose shares sum to at most 1, columns in any order, optional columns, blank lines, multi-line
 * quoted sources, CRLF or LF, UTF-8 with or without BOM or Shift_JIS, and at most one hostile element.
 */
public final class SharesFiles {

    /** A generated file, what it must lead to, and (when sound) exactly what the store must then hold. */
    public record Generated(byte[] bytes, String description, Verdict verdict, List<SupplyShare> expected) {
    }

    /** The classes of hostile input a share file can carry (issue 10, items 1, 6, 10–13, 15). */
    public enum Hostile {
        MATERIAL, STAGE, SUPPLIER, CONSUMER, SHARE, SUM, YEAR, SOURCE, DUPLICATE, EXTRA_FIELD, MISSING_FIELD,
        BROKEN_QUOTE, DUPLICATE_COLUMN, UNKNOWN_COLUMN, MISSING_COLUMN, EUC_JP, DAMAGED_UTF8
    }

    static final String MATERIAL = "material";
    static final String STAGE = "stage";
    static final String COUNTRY = "country_iso3";
    static final String SHARE = "share";
    static final String YEAR = "year";
    static final String SOURCE = "source";
    static final String CONSUMER = "consumer_iso3";
    static final String NOTE = "note";
    static final List<String> REQUIRED = List.of(MATERIAL, STAGE, COUNTRY, SHARE, YEAR, SOURCE);

    private static final List<String> SUPPLIERS = List.of("CHN", "IND", "ITA", "JPN", "USA", "RUS", "ROW");
    private static final List<String> SOURCES = List.of("METI", "USGS, Mineral Commodity Summaries 2025",
            "経済産業省 資料\nsecond line of the source", "He said \"yes\"", "=HYPERLINK(\"http://x.example\")",
            "JOGMEC\tp. 12", "出典：ＪＯＧＭＥＣ（２０２４）", "@SUM(A1:A9)");
    private static final List<String> NOTES = List.of("", "日本語の注記 / English note", "two\nlines");

    /** One row before it is written: its fields by column and, when sound, what it stores. */
    private static final class Row {
        final Map<String, String> fields = new LinkedHashMap<>();
        SupplyShare expected;
        int group;
        long line;
    }

    /** One group: material, stage, consumer (as the file spells it and as stored) and year. */
    private record Group(Names.Entry material, Names.Entry stage, String consumerKey, String consumerText, int year) {
    }

    private final Choices choices;
    private boolean noteColumn;

    private SharesFiles(Choices choices) {
        this.choices = choices;
    }

    public static Generated generate(Choices choices) {
        return new SharesFiles(choices).generate();
    }

    private Generated generate() {
        Hostile hostile = choices.below(3) == 0 ? null : choices.of(Hostile.values());
        List<String> columns = new ArrayList<>(REQUIRED);
        boolean consumerColumn = choices.oneIn(3);
        if (consumerColumn) {
            columns.add(CONSUMER);
        }
        noteColumn = choices.oneIn(3);
        if (noteColumn) {
            columns.add(NOTE);
        }
        shuffle(columns);
        if (hostile == Hostile.CONSUMER && !consumerColumn) {
            hostile = Hostile.SUPPLIER;
        }

        List<Group> groups = new ArrayList<>();
        List<List<String>> suppliersOf = new ArrayList<>();
        List<Integer> centsOf = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int groupCount = 1 + choices.below(3);
        for (int g = 0; g < groupCount; g++) {
            String consumerText = consumerColumn ? choices.of("", "WLD", "JPN", "jpn", "USA") : "";
            String consumerKey = consumerText.isEmpty() ? "WLD" : consumerText.toUpperCase(Locale.ROOT);
            // Distinct years keep the groups distinct whatever material and stage they draw.
            Group group = new Group(choices.of(Names.MATERIALS.subList(1, Names.MATERIALS.size())),
                    choices.of(Names.STAGES), consumerKey, consumerText, 1950 + 20 * g + choices.below(20));
            groups.add(group);
            List<String> suppliers = new ArrayList<>(SUPPLIERS);
            shuffle(suppliers);
            int count = 1 + choices.below(5);
            suppliersOf.add(new ArrayList<>(suppliers.subList(count, suppliers.size())));
            int left = 100;
            for (int i = 0; i < count; i++) {
                int cents = choices.below(left + 1);
                left -= cents;
                rows.add(sound(g, group, suppliers.get(i), cents));
            }
            centsOf.add(100 - left);
        }
        if (choices.oneIn(2)) {
            shuffle(rows);
        }

        Row bad = null;
        int at = choices.below(rows.size() + 1);
        String field = null;
        String extraColumn = null;
        boolean stillSound = false;
        if (hostile == Hostile.SUM && centsOf.stream().allMatch(c -> c == 0)) {
            hostile = Hostile.SHARE;  // no group has a share to add to
        }
        if (hostile != null) {
            int g = choices.below(groups.size());
            while (hostile == Hostile.SUM && centsOf.get(g) == 0) {
                g = (g + 1) % groups.size();
            }
            Group group = groups.get(g);
            bad = sound(g, group, suppliersOf.get(g).get(0), 0);
            switch (hostile) {
                case MATERIAL, STAGE -> {
                    boolean stage = hostile == Hostile.STAGE;
                    Names.Entry entry = stage ? group.stage() : group.material();
                    String typed = Names.hostile(choices, entry, stage);
                    Optional<String> key = Names.resolve(typed, stage ? Names.STAGES : Names.MATERIALS);
                    if (key.isPresent() && !key.get().equals(entry.key())) {
                        typed = stage ? "精錬" : "galium";  // an edit that named another entry: a plain near miss
                        key = Optional.empty();
                    }
                    bad.fields.put(stage ? STAGE : MATERIAL, typed);
                    field = stage ? STAGE : MATERIAL;
                    // An edit that still names the same entry (an invisible character added) is a sound row.
                    stillSound = key.isPresent();
                }
                case SUPPLIER -> {
                    bad.fields.put(COUNTRY, choices.of("WLD", "wld", "XXX", "CN", "ＣＨＮ", "C HN", ""));
                    field = COUNTRY;
                }
                case CONSUMER -> {
                    bad.fields.put(CONSUMER, choices.of("ROW", "row", "XXX", "JP"));
                    field = CONSUMER;
                }
                case SHARE -> {
                    bad.fields.put(SHARE, Numbers.hostileShare(choices));
                    field = SHARE;
                }
                case SUM -> {
                    bad.fields.put(SHARE, Numbers.share(choices, 101 - centsOf.get(g)));
                    field = SHARE;
                }
                case YEAR -> {
                    bad.fields.put(YEAR, Numbers.hostileYear(choices));
                    field = YEAR;
                }
                case SOURCE -> {
                    bad.fields.put(SOURCE, switch (choices.below(3)) {
                        case 1 -> "USGS" + choices.of("\u000B", "\u202E", "\u0007", "\u2066", "\u0085", "\u001B") + "evil";
                        case 2 -> "";
                        default -> "x".repeat(2_001 + choices.below(100));
                    });
                    field = SOURCE;
                }
                case DUPLICATE -> {
                    Row original = rows.get(choices.below(rows.size()));
                    bad = sound(original.group, groups.get(original.group), original.expected.supplier(),
                            choices.below(101));
                    at = rows.indexOf(original) + 1 + choices.below(rows.size() - rows.indexOf(original));
                    field = COUNTRY;
                }
                case EXTRA_FIELD, MISSING_FIELD -> field = "row";
                case BROKEN_QUOTE -> field = "CSV syntax";
                case DUPLICATE_COLUMN -> field = extraColumn = choices.of(columns);
                case UNKNOWN_COLUMN -> {
                    extraColumn = choices.of("Material", "materia", "country", "share%", "source2", "", "備考", "ｓｈａｒｅ");
                    field = extraColumn.isEmpty() ? "\"\"" : extraColumn;
                }
                case MISSING_COLUMN -> {
                    field = choices.of(REQUIRED);
                    columns.remove(field);
                }
                case EUC_JP -> {
                    bad.fields.put(SOURCE, "経済産業省 資料");
                    SupplyShare e = bad.expected;
                    bad.expected = new SupplyShare(e.material(), e.stage(), e.consumer(), e.supplier(), e.share(),
                            e.year(), "経済産業省 資料", "", "", e.note());
                    field = "encoding";
                    stillSound = true;  // unless the text can be written in EUC-JP, see below
                }
                case DAMAGED_UTF8 -> {
                    bad.fields.put(SOURCE, Encoded.DAMAGE_MARK);
                    bad.fields.put(NOTE, "");  // so the damaged character is on the row's first line
                    field = "encoding";
                }
                default -> throw new IllegalStateException(hostile.name());
            }
            if (!stillSound) {
                bad.expected = null;
            }
            rows.add(at, bad);
        }

        String newline = choices.oneIn(3) ? "\r\n" : "\n";
        CsvFile file = new CsvFile(newline);
        List<String> header = new ArrayList<>(columns);
        if (extraColumn != null) {
            header.add(choices.below(header.size() + 1), extraColumn);
        }
        file.add(CsvFile.record(header));
        for (Row row : rows) {
            if (choices.oneIn(4)) {
                file.add(choices.of("", "  "));  // blank lines are allowed anywhere
            }
            List<String> values = new ArrayList<>();
            for (String column : header) {
                values.add(row.fields.getOrDefault(column, choices.of("x", "", "CHN")));
            }
            String record = CsvFile.record(values);
            if (row == bad && hostile == Hostile.EXTRA_FIELD) {
                record = choices.oneIn(2) ? record + "," + choices.of("extra", "", "USGS")
                        : CsvFile.record(values.subList(0, values.size() - 1)) + ",USGS, Mineral Commodity Summaries 2025";
            } else if (row == bad && hostile == Hostile.MISSING_FIELD) {
                record = CsvFile.record(values.subList(0, values.size() - 1));
            } else if (row == bad && hostile == Hostile.BROKEN_QUOTE) {
                record = CsvFile.brokenQuote(choices, values);
            }
            row.line = file.add(record);
        }
        if (choices.oneIn(4)) {
            file.add("");
        }

        Encoded.Bytes bytes = Encoded.encode(choices, file.text(), hostile == Hostile.DAMAGED_UTF8 ? Encoded.Mode.DAMAGE
                : hostile == Hostile.EUC_JP ? Encoded.Mode.EUC_JP : Encoded.Mode.SOUND);
        Verdict verdict;
        if (hostile == null || stillSound && bytes.hostileClass() == null) {
            verdict = Verdict.SOUND;
        } else {
            verdict = new Verdict(hostile.name(), lineOf(hostile, bad, rows), field);
        }
        List<SupplyShare> expected = rows.stream().filter(r -> r.expected != null).map(r -> r.expected).toList();
        String description = verdict + ", " + bytes.charset() + ", " + (newline.equals("\n") ? "LF" : "CRLF") + ":\n"
                + file.text();
        return new Generated(bytes.bytes(), description, verdict, verdict.refused() ? List.of() : expected);
    }

    /** The line the importer must name: the hostile row's, the group's first row for a sum, the header's for a column. */
    private static long lineOf(Hostile hostile, Row bad, List<Row> rows) {
        return switch (hostile) {
            case SUM -> rows.stream().filter(r -> r.group == bad.group).mapToLong(r -> r.line).min().orElseThrow();
            case DUPLICATE_COLUMN, UNKNOWN_COLUMN, MISSING_COLUMN -> 1;
            case EUC_JP -> 0;  // the first line the scan cannot read, which the test does not model
            default -> bad.line;
        };
    }

    private Row sound(int g, Group group, String supplier, int cents) {
        Row row = new Row();
        row.group = g;
        row.fields.put(MATERIAL, Names.sound(choices, group.material()));
        row.fields.put(STAGE, Names.sound(choices, group.stage()));
        row.fields.put(COUNTRY, choices.oneIn(3) ? supplier.toLowerCase(Locale.ROOT) : supplier);
        row.fields.put(SHARE, Numbers.share(choices, cents));
        row.fields.put(YEAR, Numbers.year(choices, group.year()));
        String source = choices.of(SOURCES);
        row.fields.put(SOURCE, source);
        row.fields.put(CONSUMER, group.consumerText());
        String note = noteColumn ? choices.of(NOTES) : "";
        row.fields.put(NOTE, note);
        row.expected = new SupplyShare(group.material().key(), group.stage().key(), group.consumerKey(), supplier,
                java.math.BigDecimal.valueOf(cents, 2).doubleValue(), group.year(), source, "", "", note);
        return row;
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            java.util.Collections.swap(list, i, choices.below(i + 1));
        }
    }
}
