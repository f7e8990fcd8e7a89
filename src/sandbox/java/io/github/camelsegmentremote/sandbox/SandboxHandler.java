package io.github.camelsegmentremote.sandbox;

/** Answers one routed request. */
@FunctionalInterface
public interface SandboxHandler {

    SandboxResponse handle(SandboxRequest request) throws Exception;
}
