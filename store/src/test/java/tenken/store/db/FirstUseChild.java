package tenken.store.db;

import java.nio.file.Path;

/** A separate JVM that opens (and so seeds) a new database, for the tests that kill it part-way. */
public final class FirstUseChild {

    private FirstUseChild() {
    }

    public static void main(String[] args) {
        TenkenDatabase.open(Path.of(args[0]));
    }
}
