package tenken.store.db;

import java.io.File;
import java.nio.file.Path;

/**
 * A separate JVM (sqlite-jdbc loads its library once a process) that opens a database and then prints what
 * the temporary folder holds, before sqlite-jdbc removes its extracted copy at exit.
 */
public final class SqliteLibraryChild {

    private SqliteLibraryChild() {
    }

    public static void main(String[] args) {
        TenkenDatabase.open(Path.of(args[0]), false);
        for (String name : new File(System.getProperty("java.io.tmpdir")).list()) {
            System.out.println(name);
        }
    }
}
