package tenken.graph.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tenken.assets.Messages;
import tenken.store.model.ShareQuality;
import tenken.store.model.SupplyShare;

/**
 * Where a share comes from, as a reader follows it, wherever the share is shown (side panels, tooltips,
 * export footnotes, the briefing): the source, then how the figure was measured (basis), how it was
 * published (quality) and the note, where the data give them.
 */
public final class Citation {

    private Citation() {
    }

    /** "USGS MCS 2025" alone, or "JFTC (2022)（基準: market share／品質: 公式発表（報道経由）／公表範囲の中央値。）". */
    public static String of(SupplyShare share, Locale locale) {
        List<String> provenance = provenance(share, locale);
        return provenance.isEmpty() ? share.source()
                : Messages.format(locale, "provenance.citation", share.source(),
                        String.join(Messages.format(locale, "provenance.separator"), provenance));
    }

    /** Basis, quality and note, each as a reader's phrase; empty when the data give none. */
    public static List<String> provenance(SupplyShare share, Locale locale) {
        List<String> provenance = new ArrayList<>();
        if (!share.basis().isBlank()) {
            provenance.add(Messages.format(locale, "provenance.basis", share.basis()));
        }
        ShareQuality.ofKey(share.quality()).ifPresent(quality -> provenance.add(
                Messages.format(locale, "provenance.quality", quality(quality, locale))));
        String note = share.note(locale.getLanguage());
        if (!note.isBlank()) {
            provenance.add(note);
        }
        return provenance;
    }

    /** The quality's name in the reader's language. */
    public static String quality(ShareQuality quality, Locale locale) {
        return Messages.format(locale, "quality." + quality.name());
    }
}
