package org.motus.therapist.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code "protocolId": ""} is not "no protocol": Jackson reads an empty string as null for ids,
 * dates and enums unless told otherwise, which would quietly start a blank plan. Here an empty or
 * blank string where an id, a date or an enum is expected is a wrong type (400, naming the field),
 * on top of the shared strict reading (problem-details' StrictJson).
 */
@Singleton
public class EmptyTextIsNoValue implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        for (Class<?> type : new Class<?>[] {UUID.class, LocalDate.class}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.OtherScalar)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
