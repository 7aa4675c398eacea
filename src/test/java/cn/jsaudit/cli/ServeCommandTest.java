package cn.jsaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jsaudit serve refuses settings that would make every session end at once, before it touches anything. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aSessionLimitOfZeroIsAUsageErrorAndNothingIsCreated() {
        for (String[] option : new String[][] {{"--idle-minutes", "0"}, {"--session-hours", "-1"}}) {
            CommandRun r = CommandRun.of("serve", option[0], option[1], "--data", tmp.resolve("desk").toString());
            assertEquals(ExitCodes.USAGE, r.exit(), r.err());
            assertEquals("审核台未启动：会话时长和空闲时限须大于 0（--session-hours、--idle-minutes）\n", r.err());
            assertFalse(Files.exists(tmp.resolve("desk")));
        }
    }
}
