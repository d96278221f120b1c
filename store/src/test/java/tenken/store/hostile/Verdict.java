package tenken.store.hostile;

/**
 * What a generated file must lead to: accepted (no hostile class), or refused because of the named
 * hostile class, with a problem on {@code line} (0: any line) in {@code field} (null: any field).
 */
public record Verdict(String hostileClass, long line, String field) {

    public static final Verdict SOUND = new Verdict(null, 0, null);

    public boolean refused() {
        return hostileClass != null;
    }

    @Override
    public String toString() {
        return refused() ? "refused (" + hostileClass + ") at line " + (line == 0 ? "any" : line) + ", field "
                + (field == null ? "any" : field) : "accepted";
    }
}
