package tenken.store.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 hash that makes the assessment history tamper-evident: each version's hash covers its
 * content and the hash of the material's previous version, so changing, swapping or removing any
 * earlier version breaks every later hash of that material ({@code tenken check} recomputes them).
 *
 * <p>Canonical form (version 1), hashed as UTF-8 bytes: the line {@code tenken-assessment-v1}, then
 * for each field of {@link #FIELDS} in that order, and finally for {@code previous_hash}: the field's
 * name, a line feed, the length of its value in UTF-8 bytes in decimal, a line feed, the value, a line
 * feed. Values are exactly as stored in {@code assessment_version}: text as is (no trimming or
 * normalisation), integers in decimal without sign or leading zeros, {@code reference} as 0 or 1,
 * {@code recorded_at} as stored (ISO 8601 UTC), and {@code previous_hash} as the previous version's
 * lower-case hexadecimal hash, empty for version 1. The length prefix makes the encoding unambiguous
 * whatever the text contains. The hash is stored as 64 lower-case hexadecimal digits in
 * {@code assessment_version.chain_hash}.
 *
 * <p>It detects changes made outside Tenken (an SQLite tool with the triggers dropped); it is not a
 * signature: someone who recomputes every hash after an edit is not detected, and removing a
 * material's latest versions leaves a shorter chain that is still whole.
 */
public final class AssessmentHash {

    /** The hashed columns of {@code assessment_version}, in the order they are hashed. */
    public static final List<String> FIELDS = List.of("material_key", "version", "assessor", "recorded_at",
            "change_note", "reference",
            "r1_judgment", "r1_rationale", "r1_rationale_en", "r1_references",
            "r2_judgment", "r2_rationale", "r2_rationale_en", "r2_references",
            "r3_judgment", "r3_rationale", "r3_rationale_en", "r3_references",
            "r4_judgment", "r4_rationale", "r4_rationale_en", "r4_references");

    private static final String FORMAT = "tenken-assessment-v1\n";

    private AssessmentHash() {
    }

    /**
     * The hash of a version whose {@link #FIELDS} have {@code values} (as stored), chained to
     * {@code previousHash} ("" for a material's first version).
     */
    public static String of(List<String> values, String previousHash) {
        if (values.size() != FIELDS.size()) {
            throw new IllegalArgumentException("expected " + FIELDS.size() + " values, got " + values.size());
        }
        MessageDigest digest = sha256();
        digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < FIELDS.size(); i++) {
            field(digest, FIELDS.get(i), values.get(i));
        }
        field(digest, "previous_hash", previousHash);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, String name, String value) {
        byte[] bytes = (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
        digest.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        digest.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
