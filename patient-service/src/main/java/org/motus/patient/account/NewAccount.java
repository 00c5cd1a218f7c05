package org.motus.patient.account;

/** Who gets an account: their email (also the username) and name, as the invitation request gave them. */
public record NewAccount(String email, String firstName, String lastName) {}
