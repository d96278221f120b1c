package tenken.views.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tenken.assets.Messages;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.model.Stage;
import tenken.store.model.SupplyShare;

/** The catalogue's shares of a material and its items as an exportable table, names in the session language. */
public final class ShareTable {

    private ShareTable() {
    }

    public static Table of(Catalogue catalogue, Material material) {
        String language = Messages.language();
        Set<String> keys = new HashSet<>();
        collect(catalogue, material.key(), keys);
        Map<String, Material> materials = catalogue.materialsByKey();
        Map<String, Stage> stages = catalogue.stagesByKey();
        Map<String, Country> countries = catalogue.countriesByIso3();
        List<SupplyShare> shares = catalogue.shares().stream()
                .filter(share -> keys.contains(share.material()))
                .sorted(Comparator.comparing((SupplyShare s) -> materials.get(s.material()).sortOrder())
                        .thenComparing(s -> stages.containsKey(s.stage()) ? stages.get(s.stage()).sortOrder() : 0)
                        .thenComparing(SupplyShare::consumer)
                        .thenComparing(Comparator.comparingInt(SupplyShare::year).reversed())
                        .thenComparing(Comparator.comparingDouble(SupplyShare::share).reversed()))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (SupplyShare share : shares) {
            Stage stage = stages.get(share.stage());
            rows.add(List.of(
                    materials.get(share.material()).name(language),
                    stage == null ? share.stage() : ("ja".equals(language) ? stage.nameJa() : stage.nameEn()),
                    countryName(countries, share.consumer(), language),
                    countryName(countries, share.supplier(), language),
                    share.supplier(),
                    share.share(),
                    share.year(),
                    share.source()));
        }
        List<Table.Column> columns = List.of(
                new Table.Column(Messages.get("catalogue.column.material"), Table.Kind.TEXT),
                new Table.Column(Messages.get("catalogue.column.stage"), Table.Kind.TEXT),
                new Table.Column(Messages.get("catalogue.column.consumer"), Table.Kind.TEXT),
                new Table.Column(Messages.get("catalogue.column.supplier"), Table.Kind.TEXT),
                new Table.Column(Messages.get("export.table.iso3"), Table.Kind.TEXT),
                new Table.Column(Messages.get("catalogue.column.share"), Table.Kind.SHARE),
                new Table.Column(Messages.get("catalogue.column.year"), Table.Kind.INTEGER),
                new Table.Column(Messages.get("catalogue.column.source"), Table.Kind.TEXT));
        return new Table(material.name(language), columns, rows);
    }

    private static void collect(Catalogue catalogue, String key, Set<String> keys) {
        if (keys.add(key)) {
            catalogue.itemsOf(key).forEach(item -> collect(catalogue, item.key(), keys));
        }
    }

    private static String countryName(Map<String, Country> countries, String iso3, String language) {
        Country country = countries.get(iso3);
        return country == null ? iso3 : ("ja".equals(language) ? country.nameJa() : country.nameEn());
    }
}
