package org.motus.problem.testing;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's validator against the R4 base profiles (and any core profile a resource claims, such as
 * heartrate), built once: what the FHIR tests of every service check each resource it emits with.
 */
public final class FhirValidation {

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();
    private static final FhirValidator VALIDATOR = CONTEXT.newValidator()
            .registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                    new DefaultProfileValidationSupport(CONTEXT),
                    new InMemoryTerminologyServerValidationSupport(CONTEXT),
                    new CommonCodeSystemsTerminologyService(CONTEXT))));

    private FhirValidation() {}

    /** The errors (and fatal errors) the validator finds in a resource, as readable lines; empty when valid. */
    public static List<String> errors(IBaseResource resource) {
        return messages(VALIDATOR.validateWithResult(resource).getMessages());
    }

    /** The same for FHIR JSON as a client received it. */
    public static List<String> errors(String json) {
        return messages(VALIDATOR.validateWithResult(json).getMessages());
    }

    public static IBaseResource parse(String json) {
        return CONTEXT.newJsonParser().parseResource(json);
    }

    private static List<String> messages(List<SingleValidationMessage> messages) {
        return messages.stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
                .toList();
    }
}
