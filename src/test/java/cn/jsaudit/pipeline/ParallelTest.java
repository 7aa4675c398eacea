package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    @Test
    void resultsArriveInOrderWithABoundedNumberUnderWay() throws Exception {
        AtomicInteger started = new AtomicInteger();
        List<Integer> received = new ArrayList<>();
        int[] mostAhead = {0};
        Parallel.forEachInOrder(ITEMS, 3, "test", i -> {
            started.incrementAndGet();
            sleep(i % 7 == 0 ? 3 : 0); // some items are slower than the ones after them
            return i * 2;
        }, r -> {
            received.add(r);
            mostAhead[0] = Math.max(mostAhead[0], started.get() - received.size());
        }, Parallel.Progress.NONE);

        assertEquals(ITEMS.stream().map(i -> i * 2).toList(), received);
        assertTrue(mostAhead[0] <= 3 * 8, "at most jobs × 8 items started and not yet handed on: " + mostAhead[0]);
    }

    @Test
    void aDefectStopsTheRunAfterTheResultsBeforeIt() {
        List<Integer> received = new ArrayList<>();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Parallel.forEachInOrder(ITEMS, 2, "test", i -> {
                    if (i == 5) {
                        throw new ArithmeticException("defect");
                    }
                    return i;
                }, received::add, Parallel.Progress.NONE));

        assertEquals(List.of(0, 1, 2, 3, 4), received);
        assertEquals("defect", e.getCause().getMessage());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
