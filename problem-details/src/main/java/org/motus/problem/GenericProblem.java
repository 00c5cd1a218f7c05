package org.motus.problem;

/** The details {@link ProblemMappers} writes itself, for any service; translated beside this enum. */
public enum GenericProblem implements ProblemText {
    INVALID_FIELDS("The request has {0,choice,1#1 invalid field|1<{0,number,integer} invalid fields}."),
    WRONG_TYPE("A field has the wrong type."),
    MUST_BE_A("must be a {0}"),
    WRONG_SHAPE("A field has the wrong shape."),
    HAS_WRONG_SHAPE("has the wrong type or shape"),
    NOT_JSON("The request body is not valid JSON."),
    TOKEN_INVALID("The access token is missing, invalid or expired."),
    SIGN_IN("Sign in to use this endpoint."),
    ROLE_NOT_ALLOWED("Your role does not allow this."),
    SCOPE_NOT_GRANTED("The scopes of the access token do not allow {0}."),
    NO_SUCH_RESOURCE("No such resource."),
    METHOD_NOT_ALLOWED("This method is not allowed here."),
    SEND_JSON("Send application/json."),
    NOT_ACCEPTABLE("This resource cannot answer in the requested media type."),
    UNEXPECTED("Something went wrong on our side (error id {0}).");

    private final String english;

    GenericProblem(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}
