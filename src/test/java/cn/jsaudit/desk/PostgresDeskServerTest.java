package cn.jsaudit.desk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The whole desk suite again with PostgreSQL (what a bureau's team server runs) instead of the H2 file. Skipped when
 * Debian's postgresql package is not installed; .ci/install-postgresql installs it for CI.
 */
class PostgresDeskServerTest extends DeskServerTest {

    private TempPostgres postgres;

    @Override
    Database openDatabase(Path dataDir) throws Exception {
        Optional<Path> bin = TempPostgres.installed();
        assumeTrue(bin.isPresent(), "PostgreSQL is not installed (Debian package postgresql; .ci/install-postgresql)");
        postgres = TempPostgres.start(bin.get());
        return Database.open(postgres.url(), dataDir);
    }

    @Override
    void afterDatabaseClosed() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }
}
