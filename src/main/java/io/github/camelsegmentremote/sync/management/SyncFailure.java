package io.github.camelsegmentremote.sync.management;

import java.time.Instant;

/**
 * One employment whose sync finally failed, as the management view and the dev console list it.
 *
 * @param at           when it failed
 * @param employmentId the Remote employment id (null when the failure came before it was known)
 * @param reason       the error's message (the project's errors never carry a credential)
 */
public record SyncFailure(Instant at, String employmentId, String reason) {
}
