-- Issue 15 item 4: a referral can arrive from another system as a FHIR Patient, carrying that
-- system's identifier for the person (an EHR's medical record number). Motus keeps each one so a
-- repeated referral finds the record it made (If-None-Exist: identifier=system|value), and shows
-- them in the Patient resource. One identifier names one record; a record may have several.
create table patient_identifier (
    system     text not null check (length(system) between 1 and 500),
    value      text not null check (length(value) between 1 and 200),
    patient_id uuid not null references patient (id),
    created_at timestamptz not null,
    primary key (system, value)
);
create index patient_identifier_patient on patient_identifier (patient_id);
