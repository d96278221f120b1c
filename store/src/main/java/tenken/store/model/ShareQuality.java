package tenken.store.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a share was published, from the most to the least authoritative. The key is what share files
 * and the database hold; the display names are in the {@code analysis} bundle under {@code quality.NAME} (the constant's name).
 */
public enum ShareQuality {
    OFFICIAL("official"),
    OFFICIAL_VIA_PRESS("official via press"),
    PRESS_QUOTING_OFFICIAL("press quoting official"),
    INDUSTRY_ASSOCIATION("industry association"),
    MARKET_RESEARCH("market research"),
    PRESS("press"),
    COMPANY_CLAIM("company claim"),
    DERIVED("derived");

    private final String key;

    ShareQuality(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The quality whose key is {@code key}, ignoring case; empty for an unknown key. */
    public static Optional<ShareQuality> ofKey(String key) {
        return Arrays.stream(values()).filter(q -> q.key.equalsIgnoreCase(key.strip())).findFirst();
    }
}
