package tenken.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketPermission;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.app.cli.CliRun;

/**
 * Tenken runs on workstations with no network: creating, seeding, checking, importing and exporting
 * must not so much as resolve a host name. A security manager records every socket permission asked.
 */
class OfflineTest {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("removal")
    void theCommandsOpenNoNetworkConnection() {
        List<Permission> asked = new ArrayList<>();
        SecurityManager previous = System.getSecurityManager();
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission permission) {
                if (permission instanceof SocketPermission) {
                    asked.add(permission);
                }
            }

            @Override
            public void checkPermission(Permission permission, Object context) {
                checkPermission(permission);
            }
        });
        try {
            String db = dir.resolve("offline.db").toString();
            assertThat(CliRun.of("--db", db, "check").status()).isZero();
            assertThat(CliRun.of("--db", db, "materials", "--json").status()).isZero();
            assertThat(CliRun.of("--db", db, "export", "--out", dir.resolve("x.csv").toString()).status()).isZero();
        } finally {
            System.setSecurityManager(previous);
        }
        assertThat(asked).isEmpty();
    }
}
