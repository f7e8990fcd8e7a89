package io.github.camelsegmentremote.sandbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The spec's {@code EmploymentStatus} values the simulator uses, each with the lifecycle stage and user status an
 * employment in that status shows. {@code deleted} is left out: a deleted employment is removed, not listed.
 */
enum RemoteEmploymentStatus {
    ACTIVE("onboarded", "active"),
    OFFBOARDING("onboarded", "active"),
    ARCHIVED("offboarded", "inactive"),
    CREATED("employment_creation", "created"),
    PRE_HIRE("employment_creation", "created"),
    CREATED_AWAITING_RESERVE("employment_creation", "created"),
    CREATED_RESERVE_PAID("employment_creation", "created"),
    INITIATED("employee_self_enrollment", "initiated"),
    INVITED("employee_self_enrollment", "initiated"),
    PENDING("contract_signing", "active"),
    REVIEW("remote_enrollment", "active"),
    JOB_TITLE_REVIEW("remote_enrollment", "active"),
    PENDING_POST_SELF_ENROLLMENT_ACTIONS("right_to_work_check", "active");

    private final String lifecycleStage;
    private final String userStatus;

    RemoteEmploymentStatus(String lifecycleStage, String userStatus) {
        this.lifecycleStage = lifecycleStage;
        this.userStatus = userStatus;
    }

    /** The API spelling, e.g. {@code pre_hire}. */
    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    String lifecycleStage() {
        return lifecycleStage;
    }

    String userStatus() {
        return userStatus;
    }

    /** Whether onboarding is over; the list filter {@code status=incomplete} selects the others. */
    boolean onboarded() {
        return this == ACTIVE || this == OFFBOARDING || this == ARCHIVED;
    }

    static Optional<RemoteEmploymentStatus> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
