package org.motus.deploy.assembly;

/** Motus could not start (or stop) as asked; the message says what and what to do. */
public class AssemblyException extends RuntimeException {

    public AssemblyException(String message) {
        super(message);
    }

    public AssemblyException(String message, Throwable cause) {
        super(message, cause);
    }
}
