package io.github.camelsegmentremote.remote;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A Remote employment: an item of {@code listEmployments} (Remote's {@code MinimalEmployment}) or the full record of
 * {@code getEmployment} and the update operations. A list item leaves the full record's properties null. Fields
 * this class does not name (country-specific details, {@code custom_fields}, fields Remote adds later) are kept in
 * {@link #getOtherFields()} and written back by Jackson. Dates and timestamps are the ISO-8601 text Remote sends
 * ({@code 2024-07-03}, {@code 2024-07-15T18:18:17Z}). Read-only: instances come from Jackson.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Employment extends RemoteModel {

    /** The model name the operation catalog uses for operations answering employments. */
    public static final String MODEL_NAME = "Employment";

    private String id;
    private String shortId;
    private String externalId;
    private String fullName;
    private String workEmail;
    private String personalEmail;
    private String loginEmail;
    private String jobTitle;
    private String department;
    private String departmentId;
    private Country country;
    private String status;
    private String type;
    private String employmentModel;
    private String employmentLifecycleStage;
    private String userStatus;
    private String manager;
    private String managerEmail;
    private String managerEmploymentId;
    private String companyId;
    private String provisionalStartDate;
    private String seniorityDate;
    private String terminationDate;
    private String createdAt;
    private String updatedAt;

    public String getId() {
        return id;
    }

    public String getShortId() {
        return shortId;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getWorkEmail() {
        return workEmail;
    }

    public String getPersonalEmail() {
        return personalEmail;
    }

    public String getLoginEmail() {
        return loginEmail;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getDepartment() {
        return department;
    }

    public String getDepartmentId() {
        return departmentId;
    }

    public Country getCountry() {
        return country;
    }

    /** {@code active}, {@code created}, {@code offboarding}, {@code archived}, ... */
    public String getStatus() {
        return status;
    }

    /** {@code employee}, {@code contractor}, {@code global_payroll_employee}, ... */
    public String getType() {
        return type;
    }

    /** {@code eor}, {@code peo}, {@code global_payroll}. */
    public String getEmploymentModel() {
        return employmentModel;
    }

    /** {@code employment_creation}, ..., {@code onboarded}, {@code offboarded}. */
    public String getEmploymentLifecycleStage() {
        return employmentLifecycleStage;
    }

    public String getUserStatus() {
        return userStatus;
    }

    /** The manager's full name (full record only). */
    public String getManager() {
        return manager;
    }

    public String getManagerEmail() {
        return managerEmail;
    }

    public String getManagerEmploymentId() {
        return managerEmploymentId;
    }

    public String getCompanyId() {
        return companyId;
    }

    public String getProvisionalStartDate() {
        return provisionalStartDate;
    }

    public String getSeniorityDate() {
        return seniorityDate;
    }

    public String getTerminationDate() {
        return terminationDate;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        // Names and emails are personal data: logs get the id and state only.
        return "Employment[id=" + id + ", status=" + status + ", stage=" + employmentLifecycleStage + "]";
    }

    /** The employment's country as Remote describes it; other country fields are kept as they came. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Country extends RemoteModel {

        private String code;
        @JsonProperty("alpha_2_code")
        private String alpha2Code;
        private String name;

        /** ISO 3166-1 alpha-3 code ({@code PRT}). */
        public String getCode() {
            return code;
        }

        /** ISO 3166-1 alpha-2 code ({@code PT}). */
        public String getAlpha2Code() {
            return alpha2Code;
        }

        public String getName() {
            return name;
        }

        @Override
        public String toString() {
            return code;
        }
    }
}
