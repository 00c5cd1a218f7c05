package org.motus.patient.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartBufferTest {

    private static List<PartBuffer.Part> cut(int resources, int max) {
        PartBuffer buffer = new PartBuffer(max);
        List<PartBuffer.Part> parts = new ArrayList<>();
        for (int i = 0; i < resources; i++) {
            buffer.add("{\"n\":" + i + "}").ifPresent(parts::add);
        }
        buffer.finish().ifPresent(parts::add);
        return parts;
    }

    @ParameterizedTest
    @CsvSource({"0, 3, 0", "1, 3, 1", "3, 3, 1", "4, 3, 2", "7, 3, 3", "1000, 1, 1000"})
    void resourcesAreCutIntoPartsOfAtMostTheMaximum(int resources, int max, int expectedParts) {
        List<PartBuffer.Part> parts = cut(resources, max);
        assertEquals(expectedParts, parts.size());
        assertEquals(resources, parts.stream().mapToInt(PartBuffer.Part::count).sum());
        assertTrue(parts.stream().allMatch(p -> p.count() >= 1 && p.count() <= max));
    }

    @Test
    void eachPartIsNewlineTerminatedLinesInOrder() {
        List<PartBuffer.Part> parts = cut(3, 2);
        assertArrayEquals(
                "{\"n\":0}\n{\"n\":1}\n".getBytes(StandardCharsets.UTF_8),
                parts.get(0).ndjson());
        assertArrayEquals(
                "{\"n\":2}\n".getBytes(StandardCharsets.UTF_8), parts.get(1).ndjson());
    }

    @Test
    void aFinishedBufferStartsAfresh() {
        PartBuffer buffer = new PartBuffer(2);
        buffer.add("{}");
        assertEquals(1, buffer.finish().orElseThrow().count());
        assertEquals(Optional.empty(), buffer.finish());
    }

    @Test
    void aLineBreakInsideAResourceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PartBuffer(2).add("{\n}"));
        assertThrows(IllegalArgumentException.class, () -> new PartBuffer(0));
    }
}
