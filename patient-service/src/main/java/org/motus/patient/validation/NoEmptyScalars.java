package org.motus.patient.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * An empty string is not a value of an id, a time or an enum: {@code "sessionId": ""} is a wrong
 * type (400), not "no session" (Jackson reads it as null by default). Beside the shared strict JSON
 * of problem-details, which does the same for numbers and booleans.
 */
@Singleton
public class NoEmptyScalars implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        for (LogicalType type : new LogicalType[] {LogicalType.OtherScalar, LogicalType.DateTime, LogicalType.Enum}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
    }
}
