package org.motus.patient.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the safety advice (clinical-rules.md §16). */
@ApplicationScoped
public class Safety {

    /** The number the patient is told to call for chest symptoms and saddle numbness, bladder or bowel. */
    @ConfigProperty(name = "motus.emergency-number", defaultValue = "112")
    String emergencyNumber;

    public String emergencyNumber() {
        return emergencyNumber;
    }
}
