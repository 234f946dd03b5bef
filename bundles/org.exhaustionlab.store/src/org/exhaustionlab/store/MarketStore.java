package org.exhaustionlab.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The embedded database in an ExhaustionLab home folder ({@value #DB_FILE}): the bar cache ({@link #bars()}) and the
 * strategy registry ({@link #registry()}). SQLite in WAL mode with {@code synchronous=NORMAL}: a crash (even a kill
 * of the process) loses at most the transaction in flight, never the consistency of the file.
 *
 * @implNote Thread-safe: one connection, all access serialised on this store. Close it when done.
 */
public final class MarketStore implements AutoCloseable {

    public static final String DB_FILE = "exhaustionlab.db";
    /** System property overriding the default home folder. */
    public static final String HOME_PROPERTY = "exhaustionlab.home";
    /** Environment variable overriding the default home folder (the system property wins). */
    public static final String HOME_ENV = "EXHAUSTIONLAB_HOME";

    private final Path file;
    private final Connection connection;
    private final BarStore bars;
    private final StrategyRegistry registry;

    private MarketStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.bars = new BarStore(this);
        this.registry = new StrategyRegistry(this);
    }

    /** The home folder: {@value #HOME_PROPERTY}, else {@value #HOME_ENV}, else {@code ~/.exhaustionlab}. */
    public static Path defaultHome() {
        String prop = System.getProperty(HOME_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv(HOME_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".exhaustionlab");
    }

    /** Opens the store in {@link #defaultHome()}. */
    public static MarketStore openDefault() throws IOException {
        return open(defaultHome());
    }

    /**
     * Opens (creating if needed) the store in {@code home}, bringing its schema up to date.
     *
     * @throws IOException if the folder cannot be created or the database cannot be opened or migrated
     */
    public static MarketStore open(Path home) throws IOException {
        Files.createDirectories(home);
        Path file = home.resolve(DB_FILE);
        Connection c = null;
        try {
            c = connect(file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
                // 16 KB pages (only takes effect when the file is created): a 48 KB bar block spans 3 overflow pages
                // instead of 12, which makes loading bars about five times faster than with the 4 KB default
                s.execute("PRAGMA page_size = 16384");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            Migrations.migrate(c, file.toString());
            return new MarketStore(file, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IOException("cannot open store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new JDBC connection to the SQLite file {@code file} (no pragmas set), for bundles that keep tables of their
     * own in the store's file: the SQLite driver stays behind this bundle. The driver is instantiated directly because
     * DriverManager's service lookup does not see it inside OSGi.
     */
    public static Connection connect(Path file) throws SQLException {
        Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file.toAbsolutePath(), new Properties());
        if (c == null) {
            throw new SQLException("SQLite driver refused the URL");
        }
        return c;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    public BarStore bars() {
        return bars;
    }

    public StrategyRegistry registry() {
        return registry;
    }

    /** Schema version of the open database (number of migrations applied). */
    public synchronized int schemaVersion() throws IOException {
        try {
            return Migrations.version(connection);
        } catch (SQLException e) {
            throw failure("reading the schema version", e);
        }
    }

    /** Result of {@code PRAGMA integrity_check}: {@code "ok"} for a healthy database. */
    public synchronized String integrityCheck() throws IOException {
        return pragmaText("integrity_check");
    }

    /** Value of a read-only pragma such as {@code journal_mode}, for diagnostics. */
    public synchronized String pragmaText(String pragma) throws IOException {
        if (!pragma.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a pragma name: " + pragma);
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(out.length() == 0 ? "" : "\n").append(rs.getString(1));
            }
            return out.toString();
        } catch (SQLException e) {
            throw failure("reading pragma " + pragma, e);
        }
    }

    /** Runs {@code work} in one transaction on the store's connection: all of it is committed, or none. */
    synchronized <T> T inTransaction(String what, SqlWork<T> work) throws IOException {
        try {
            return transaction(connection, work);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Runs {@code work} in one transaction on {@code connection} (one from {@link #connect}): all of it is committed,
     * or it is rolled back and the failure rethrown.
     */
    public static <T> T transaction(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Runs read-only {@code work} on the store's connection. */
    synchronized <T> T read(String what, SqlWork<T> work) throws IOException {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    IOException failure(String what, SQLException e) {
        return new IOException(what + " in store " + file + " failed: " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing is best effort; SQLite recovers from the WAL on next open
            }
        }
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
