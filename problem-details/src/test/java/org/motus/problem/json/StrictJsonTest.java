package org.motus.problem.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record YesNo(Boolean accepted) {}

    record Pain(Integer pain) {}

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void aYesOrNoIsTrueOrFalseNeverANumberOrText() throws Exception {
        assertEquals(true, mapper.readValue("{\"accepted\":true}", YesNo.class).accepted());
        for (String value : new String[] {"1", "0", "\"true\""}) {
            assertThrows(
                    MismatchedInputException.class,
                    () -> mapper.readValue("{\"accepted\":" + value + "}", YesNo.class),
                    value);
        }
    }

    @Test
    void aPainIsAWholeNumberNeverAFractionTextOrYesNo() throws Exception {
        assertEquals(3, mapper.readValue("{\"pain\":3}", Pain.class).pain());
        for (String value : new String[] {"3.5", "\"3\"", "true"}) {
            assertThrows(
                    MismatchedInputException.class,
                    () -> mapper.readValue("{\"pain\":" + value + "}", Pain.class),
                    value);
        }
    }
}
