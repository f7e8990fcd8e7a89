package io.github.camelsegmentremote.sync;

/** Which employment field becomes the Segment {@code userId}. */
public enum UserIdSource {
    /** Remote's employment id (a UUID): stable for the life of the employment. The default. */
    employmentId,
    /** The work email; employees without one are skipped with a reason. */
    workEmail,
    /** The employment's {@code external_id} (your HRIS id); employees without one are skipped with a reason. */
    externalId
}
