package tenken.store.followup;

import java.util.List;

/** A type of cause of plan changes and delays found in a follow-up round, with the materials it names. */
public record Cause(int round, int number, List<String> materials, String titleJa, String titleEn, String detailJa,
                    String detailEn, String source) {

    public Cause {
        materials = List.copyOf(materials);
    }

    public String title(String language) {
        return "ja".equals(language) || titleEn.isEmpty() ? titleJa : titleEn;
    }

    public String detail(String language) {
        return "ja".equals(language) || detailEn.isEmpty() ? detailJa : detailEn;
    }
}
