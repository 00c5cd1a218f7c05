package org.motus.problem.fhir;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** Writes any FHIR resource a resource method returns as FHIR JSON with HAPI's parser. */
@Provider
@Produces({Fhir.JSON, MediaType.APPLICATION_JSON})
public class FhirJsonWriter implements MessageBodyWriter<IBaseResource> {

    private final Fhir fhir;

    public FhirJsonWriter(Fhir fhir) {
        this.fhir = fhir;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return IBaseResource.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            IBaseResource resource,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        fhir.json().encodeResourceToWriter(resource, writer);
        writer.flush();
    }
}
