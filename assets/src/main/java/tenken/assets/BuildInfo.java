package tenken.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What this build of Tenken is: the release version and the git commit it was built from, written into
 * {@code build.properties} by Maven (assets/pom.xml), so that the command line, the About box and the
 * installers all say the same thing. A build from a tree with uncommitted changes says so; the
 * release version is the project version without {@code -SNAPSHOT} (installers take numbers only).
 */
public record BuildInfo(String version, String commit, boolean dirty) {

    private static final String RESOURCE = "/tenken/assets/build.properties";

    /** The build this code is part of. */
    public static BuildInfo current() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the assets module was not built by Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(properties.getProperty("version"), properties.getProperty("commit"),
                Boolean.parseBoolean(properties.getProperty("dirty")));
    }

    /** The commit as {@code git describe --dirty} marks it: {@code 1a2b3c4}, or {@code 1a2b3c4-dirty}. */
    public String commitMarked() {
        return dirty ? commit + "-dirty" : commit;
    }

    /** "Version 0.1.0 (commit 1a2b3c4)" in the session's language. */
    public String describe() {
        return Messages.get("app.version", version, commitMarked());
    }
}
