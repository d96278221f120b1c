package tenken.store.db;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log, sent to {@code java.util.logging} under {@code org.flywaydb} (which
 * {@link TenkenDatabase} switches off). Left to itself Flyway logs through whatever library it finds on
 * the classpath (Apache POI brings log4j-api, which prints errors with stack traces to the console), and
 * its words ("run repair", shortened links) are not for users: its failures reach them as exceptions,
 * translated into Tenken's messages. Named in {@code Flyway.configure().loggers(...)}, so it is public
 * with a no-argument constructor.
 */
public final class FlywayLog implements LogCreator {

    @Override
    public Log createLogger(Class<?> type) {
        Logger logger = Logger.getLogger(type.getName());
        return new Log() {
            @Override
            public boolean isDebugEnabled() {
                return logger.isLoggable(Level.FINE);
            }

            @Override
            public void debug(String message) {
                logger.fine(message);
            }

            @Override
            public void info(String message) {
                logger.info(message);
            }

            @Override
            public void warn(String message) {
                logger.warning(message);
            }

            @Override
            public void error(String message) {
                logger.severe(message);
            }

            @Override
            public void error(String message, Exception failure) {
                logger.log(Level.SEVERE, message, failure);
            }

            @Override
            public void notice(String message) {
                logger.info(message);
            }
        };
    }
}
