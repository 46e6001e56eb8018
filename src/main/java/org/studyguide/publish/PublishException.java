package org.studyguide.publish;

/**
 * Publishing the site did not happen: the output folder is unsafe to replace, or writing failed.
 * The message is written for the user and can be printed as it is; in every case the folder that was
 * there before is left as it was.
 */
public final class PublishException extends Exception {

    /** A refusal, with the reason and what to do instead. */
    public PublishException(String message) {
        super(message);
    }

    /** A failure caused by an I/O problem. */
    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
