package io.github.camelsegmentremote.segment.tracking;

/**
 * A message waiting for its request, with whom to tell how it fared.
 *
 * @param message  the checked message
 * @param delivery its exchange's delivery
 */
record PendingMessage(EncodedMessage message, Delivery delivery) {
}
