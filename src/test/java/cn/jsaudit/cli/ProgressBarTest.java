package cn.jsaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void lineShowsCountRateAndTimeLeft() {
        assertEquals("审核中 [######........................] 100/500  10.0 份/秒  剩余 0:40", ProgressBar.line("审核中", 100, 500, 10));
        assertEquals("审核中 [..............................] 0/500  0.0 份/秒  剩余 --:--", ProgressBar.line("审核中", 0, 500, 0));
        assertEquals("1:01:01", ProgressBar.clock(3661));
    }
}
