package io.github.camelsegmentremote.sandbox;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The seeded employments: employment {@code i} is a pure function of the seed, {@code i} and the employee count, so
 * nothing is kept in memory for an employment nobody changed. Employments form a tree (employment {@code i > 0}
 * reports to {@code (i - 1) / 8}), so about one in eight is a manager.
 */
final class RemoteEmploymentGenerator {

    static final String WORK_DOMAIN = "sandbox-company.example";
    static final int MANAGER_SPAN = 8;
    /** The fixed "today" of the seeded data, so that it does not change from one day to the next. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 1, 5);

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    static final List<Department> DEPARTMENTS = List.of(
            new Department("Engineering", "Engineering Manager", "Software Engineer", "Senior Software Engineer",
                    "Staff Engineer", "QA Engineer", "Site Reliability Engineer"),
            new Department("Product", "Head of Product", "Product Manager", "Senior Product Manager",
                    "Product Analyst"),
            new Department("Design", "Design Lead", "Product Designer", "UX Researcher", "Brand Designer"),
            new Department("Marketing", "Marketing Manager", "Marketing Specialist", "Content Writer",
                    "Growth Marketer"),
            new Department("Sales", "Sales Manager", "Account Executive", "Sales Development Representative",
                    "Solutions Engineer"),
            new Department("Customer Success", "Head of Customer Success", "Customer Success Manager",
                    "Support Specialist", "Onboarding Specialist"),
            new Department("Finance", "Finance Manager", "Accountant", "Financial Analyst", "Payroll Specialist"),
            new Department("People", "Head of People", "People Partner", "Recruiter", "Talent Sourcer"),
            new Department("Legal", "General Counsel", "Legal Counsel", "Paralegal", "Compliance Analyst"),
            new Department("Operations", "Head of Operations", "Operations Analyst", "Office Manager",
                    "IT Administrator"));

    private static final String[] FIRST_NAMES = {"Ana", "João", "Lucía", "Marta", "Sofia", "Chloé", "Émile", "Lukas",
        "Jonas", "Anna", "Liam", "Olivia", "Noah", "Emma", "Mateo", "Valentina", "Camila", "Diego", "Aarav", "Priya",
        "Rohan", "Ananya", "Yuki", "Haruto", "Mei", "Wei", "Jia", "Oliver", "Amelia", "Jack", "Isla", "Kwame",
        "Amara", "Chidi", "Zanele", "Thabo", "Fatima", "Omar", "Layla", "Søren", "Ingrid", "Zoë", "Björn", "Nia"};
    private static final String[] LAST_NAMES = {"Silva", "Santos", "García", "Fernández", "Müller", "Schmidt",
        "Dubois", "Lefèvre", "Rossi", "Bianchi", "Kowalski", "Nowak", "Smith", "Johnson", "Williams", "Brown",
        "Martínez", "Rodríguez", "López", "González", "Sharma", "Patel", "Iyer", "Tanaka", "Suzuki", "Wang", "Li",
        "Zhang", "O'Brien", "Murphy", "Okafor", "Mensah", "Dlamini", "Naidoo", "Haddad", "Al-Farsi", "Andersson",
        "Johansson", "de Vries", "van Dijk"};
    private static final String[] FIRST_ASCII = Arrays.stream(FIRST_NAMES).map(RemoteEmploymentGenerator::ascii)
            .toArray(String[]::new);
    private static final String[] LAST_ASCII = Arrays.stream(LAST_NAMES).map(RemoteEmploymentGenerator::ascii)
            .toArray(String[]::new);
    private static final String[] PERSONAL_DOMAINS = {"example.com", "example.net", "example.org"};
    private static final String[] CONTRACTOR_TYPES = {"standard", "standard", "plus", "cor"};
    private static final String[] TASKS = {"address_details", "administrative_details", "bank_account_details",
        "billing_address_details", "contract_details", "emergency_contact_details", "employment_document_details",
        "personal_details", "pricing_plan_details"};

    private static final int FIRST = 1;
    private static final int LAST = 2;
    private static final int COUNTRY = 3;
    private static final int DEPARTMENT = 4;
    private static final int TITLE = 5;
    private static final int STATUS = 6;
    private static final int TYPE = 7;
    private static final int MODEL = 8;
    private static final int START = 9;
    private static final int DOMAIN = 10;
    private static final int EXTERNAL = 11;
    private static final int CREATED = 12;
    private static final int TERMINATION = 13;
    private static final int CONTRACTOR = 14;
    private static final int PRICING = 15;
    private static final int SENIORITY = 16;

    private final RemoteSeed seed;
    private final int count;
    private final String companyId;
    private final String legalEntityId;
    private final List<String> departmentIds;

    RemoteEmploymentGenerator(RemoteSeed seed, int count) {
        this.seed = seed;
        this.count = count;
        this.companyId = seed.uuid(RemoteSeed.COMPANY, 0);
        this.legalEntityId = seed.uuid(RemoteSeed.LEGAL_ENTITY, 0);
        this.departmentIds = IntStream.range(0, DEPARTMENTS.size())
                .mapToObj(i -> seed.uuid(RemoteSeed.DEPARTMENT, i)).toList();
    }

    int count() {
        return count;
    }

    String companyId() {
        return companyId;
    }

    /** The department with this id, or -1. */
    int departmentIndex(String departmentId) {
        return departmentIds.indexOf(departmentId);
    }

    String id(int index) {
        return seed.uuid(RemoteSeed.EMPLOYMENT, index);
    }

    boolean hasReports(int index) {
        return (long) index * MANAGER_SPAN + 1 < count;
    }

    int managerIndex(int index) {
        return index == 0 ? -1 : (index - 1) / MANAGER_SPAN;
    }

    RemoteEmploymentStatus status(int index) {
        if (index == 0) {
            return RemoteEmploymentStatus.ACTIVE;
        }
        int p = seed.pick(RemoteSeed.EMPLOYMENT, index, STATUS, 1000);
        if (p < 780) {
            return RemoteEmploymentStatus.ACTIVE;
        } else if (p < 810) {
            return RemoteEmploymentStatus.OFFBOARDING;
        } else if (p < 880) {
            return RemoteEmploymentStatus.ARCHIVED;
        } else if (p < 910) {
            return RemoteEmploymentStatus.CREATED;
        } else if (p < 930) {
            return RemoteEmploymentStatus.INVITED;
        } else if (p < 945) {
            return RemoteEmploymentStatus.INITIATED;
        } else if (p < 960) {
            return RemoteEmploymentStatus.PENDING;
        } else if (p < 975) {
            return RemoteEmploymentStatus.REVIEW;
        }
        return RemoteEmploymentStatus.PRE_HIRE;
    }

    String type(int index) {
        if (hasReports(index)) {
            return "employee";
        }
        int p = seed.pick(RemoteSeed.EMPLOYMENT, index, TYPE, 100);
        return p < 75 ? "employee" : p < 93 ? "contractor" : p < 98 ? "global_payroll_employee" : "direct_employee";
    }

    RemoteCountry country(int index) {
        return RemoteCountry.ALL.get(seed.pick(RemoteSeed.EMPLOYMENT, index, COUNTRY, RemoteCountry.ALL.size()));
    }

    String model(int index) {
        boolean peo = "USA".equals(country(index).code()) && seed.pick(RemoteSeed.EMPLOYMENT, index, MODEL, 2) == 0;
        return modelOf(type(index), peo);
    }

    static String modelOf(String type, boolean peo) {
        return switch (type) {
            case "employee" -> peo ? "peo" : "eor";
            case "global_payroll_employee" -> "global_payroll";
            default -> null;
        };
    }

    String shortId(int index) {
        return seed.shortId(index);
    }

    String loginEmail(int index) {
        return emailLocal(index) + "@" + PERSONAL_DOMAINS[seed.pick(RemoteSeed.EMPLOYMENT, index, DOMAIN, 3)];
    }

    /**
     * The index a seeded login email belongs to, read from its number ({@code first.last.N@...} is index N - 1), or
     * -1; the caller still compares the whole address.
     */
    static int indexOfEmail(String email) {
        int at = email.indexOf('@');
        int dot = at < 0 ? -1 : email.lastIndexOf('.', at);
        if (dot < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(email.substring(dot + 1, at)) - 1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Everything drawn for one seeded employment. */
    Draft draft(int index) {
        return draft(index, true);
    }

    // The list view needs no dates, and skipping them keeps a page of 100 cheap.
    private Draft draft(int index, boolean dated) {
        int first = seed.pick(RemoteSeed.EMPLOYMENT, index, FIRST, FIRST_NAMES.length);
        int last = seed.pick(RemoteSeed.EMPLOYMENT, index, LAST, LAST_NAMES.length);
        RemoteEmploymentStatus status = status(index);
        String type = type(index);
        boolean manager = hasReports(index);
        int department = manager || seed.pick(RemoteSeed.EMPLOYMENT, index, DEPARTMENT, 25) > 0
                ? seed.pick(RemoteSeed.EMPLOYMENT, index, DEPARTMENT + 100, DEPARTMENTS.size()) : -1;
        Department dept = DEPARTMENTS.get(Math.max(department, 0));
        String jobTitle = manager ? dept.managerTitle()
                : dept.titles().get(seed.pick(RemoteSeed.EMPLOYMENT, index, TITLE, dept.titles().size()));
        RemoteCountry country = country(index);
        boolean peo = "USA".equals(country.code()) && seed.pick(RemoteSeed.EMPLOYMENT, index, MODEL, 2) == 0;
        String externalId = seed.pick(RemoteSeed.EMPLOYMENT, index, EXTERNAL, 10) < 7 ? externalId(index) : null;
        String contractorType = "contractor".equals(type)
                ? CONTRACTOR_TYPES[seed.pick(RemoteSeed.EMPLOYMENT, index, CONTRACTOR, 4)] : null;
        String pricing = seed.pick(RemoteSeed.EMPLOYMENT, index, PRICING, 3) == 0 ? "annually" : "monthly";
        LocalDate start = null;
        LocalDateTime created = null;
        LocalDateTime updated = null;
        LocalDate termination = null;
        LocalDate seniority = null;
        if (dated) {
            start = status.onboarded()
                    ? REFERENCE_DAY.minusDays(30 + seed.pick(RemoteSeed.EMPLOYMENT, index, START, 3600))
                    : REFERENCE_DAY.plusDays(7 + seed.pick(RemoteSeed.EMPLOYMENT, index, START, 120));
            created = start.minusDays(14 + seed.pick(RemoteSeed.EMPLOYMENT, index, CREATED, 47)).atStartOfDay()
                    .plusSeconds(seed.pick(RemoteSeed.EMPLOYMENT, index, CREATED + 100, 86_400));
            updated = created.plusDays(Math.min(30, Math.max(0,
                    REFERENCE_DAY.toEpochDay() - created.toLocalDate().toEpochDay())));
            termination = terminationDate(index, status, start);
            seniority = seed.pick(RemoteSeed.EMPLOYMENT, index, SENIORITY, 5) == 0 ? start.minusYears(2) : null;
        }
        return new Draft(index, FIRST_NAMES[first], LAST_NAMES[last], loginEmail(index),
                emailLocal(index) + "@" + WORK_DOMAIN, country, department, jobTitle, status, type,
                modelOf(type, peo), start, created, updated, termination, externalId, managerIndex(index),
                contractorType, pricing, seniority);
    }

    private LocalDate terminationDate(int index, RemoteEmploymentStatus status, LocalDate start) {
        return switch (status) {
            case ARCHIVED -> {
                LocalDate end = start.plusDays(180 + seed.pick(RemoteSeed.EMPLOYMENT, index, TERMINATION, 1500));
                yield end.isBefore(REFERENCE_DAY) ? end : REFERENCE_DAY.minusDays(1);
            }
            case OFFBOARDING -> REFERENCE_DAY.plusDays(14 + seed.pick(RemoteSeed.EMPLOYMENT, index, TERMINATION, 76));
            default -> null;
        };
    }

    private static String externalId(int index) {
        String number = Integer.toString(index + 1);
        return "HR-" + "0".repeat(Math.max(0, 6 - number.length())) + number;
    }

    /** The list view (the spec's {@code MinimalEmployment}) of a seeded employment. */
    ObjectNode minimal(int index) {
        return minimal(draft(index, false));
    }

    /** The full view (the spec's {@code Employment}) of a seeded employment, without the derived manager fields. */
    ObjectNode full(int index) {
        return full(draft(index));
    }

    ObjectNode minimal(Draft d) {
        ObjectNode node = SandboxJson.object();
        node.put("id", id(d.index()));
        node.put("short_id", seed.shortId(d.index()));
        node.put("full_name", d.fullName());
        node.put("job_title", d.jobTitle());
        node.put("status", d.status().value());
        node.put("type", d.type());
        node.put("employment_model", d.model());
        node.put("employment_lifecycle_stage", d.status().lifecycleStage());
        node.set("country", d.country().json());
        node.put("department", d.department() < 0 ? null : DEPARTMENTS.get(d.department()).name());
        node.put("department_id", d.department() < 0 ? null : departmentIds.get(d.department()));
        node.put("external_id", d.externalId());
        node.put("login_email", d.personalEmail());
        node.put("personal_email", d.personalEmail());
        node.put("work_email", d.workEmail());
        node.putObject("work_address_details").put("country", d.country().code());
        return node;
    }

    ObjectNode full(Draft d) {
        ObjectNode node = minimal(d);
        if (d.externalId() == null) {
            // Employment.external_id is an optional, non-nullable string, unlike the list view's.
            node.remove("external_id");
        }
        boolean onboarded = d.status().onboarded();
        node.put("company_id", companyId);
        node.put("user_status", d.status().userStatus());
        node.put("manager_employment_id", d.managerIndex() < 0 ? null : id(d.managerIndex()));
        node.put("provisional_start_date", d.startDate().toString());
        if (d.seniorityDate() != null) {
            node.put("seniority_date", d.seniorityDate().toString());
        }
        if (!"contractor".equals(d.type())) {
            node.put("probation_period_end_date", d.startDate().plusMonths(6).toString());
        }
        node.put("termination_date", d.terminationDate() == null ? null : d.terminationDate().toString());
        node.put("created_at", d.createdAt().format(LOCAL_DATE_TIME));
        node.put("updated_at", d.updatedAt().format(DATE_TIME));
        ObjectNode basic = node.putObject("basic_information");
        basic.put("name", d.fullName());
        basic.put("email", d.personalEmail());
        basic.put("work_email", d.workEmail());
        basic.put("job_title", d.jobTitle());
        basic.put("provisional_start_date", d.startDate().toString());
        basic.put("has_seniority_date", d.seniorityDate() == null ? "no" : "yes");
        node.putObject("personal_details").put("first_name", d.firstName()).put("last_name", d.lastName());
        node.putObject("address_details").put("country", d.country().code());
        node.putObject("administrative_details");
        node.putObject("billing_address_details");
        node.putArray("bank_account_details");
        node.putObject("contract_details");
        node.putObject("emergency_contact_details");
        node.putObject("pricing_plan_details").put("frequency", d.pricingFrequency());
        ObjectNode tasks = node.putObject("onboarding_tasks");
        for (String task : TASKS) {
            tasks.putObject(task).put("description", task.replace('_', ' '))
                    .put("status", onboarded ? "completed" : "pending");
        }
        node.putArray("files");
        node.put("eligible_for_onboarding_cancellation", !onboarded);
        if (onboarded) {
            node.put("active_contract_id", seed.uuid(RemoteSeed.CONTRACT, d.index()));
        }
        node.put("engaged_by_legal_entity_id", legalEntityId);
        node.put("bill_to_legal_entity_id", legalEntityId);
        if (d.contractorType() != null) {
            node.put("contractor_type", d.contractorType());
            node.putObject("contractor_settings").put("requires_work_confirmation", d.index() % 2 == 0);
            ObjectNode rate = node.putObject("contractor_rate");
            ObjectNode amount = rate.putObject("amount");
            amount.put("amount", 40 + d.index() % 60);
            amount.putObject("currency").put("code", d.country().currency());
            rate.put("pay_frequency", "monthly");
            rate.put("slug", seed.uuid(RemoteSeed.CONTRACT, d.index()));
            rate.put("type", "hourly");
            if ("cor".equals(d.contractorType())) {
                node.put("expiration_date", d.startDate().plusYears(2).toString());
            }
        }
        return node;
    }

    /** The full view of an employment created through the API or Java, stored in the overlay from then on. */
    ObjectNode created(int index, String fullName, String personalEmail, String workEmail, RemoteCountry country,
            String jobTitle, String type, LocalDate startDate, String externalId, LocalDateTime now) {
        int space = fullName.indexOf(' ');
        Draft draft = new Draft(index, space < 0 ? fullName : fullName.substring(0, space),
                space < 0 ? "" : fullName.substring(space + 1), personalEmail, workEmail, country, -1, jobTitle,
                RemoteEmploymentStatus.CREATED, type, modelOf(type, false), startDate, now, now, null, externalId, -1,
                "contractor".equals(type) ? "standard" : null, "monthly", null);
        return full(draft);
    }

    private String emailLocal(int index) {
        int first = seed.pick(RemoteSeed.EMPLOYMENT, index, FIRST, FIRST_NAMES.length);
        int last = seed.pick(RemoteSeed.EMPLOYMENT, index, LAST, LAST_NAMES.length);
        return FIRST_ASCII[first] + "." + LAST_ASCII[last] + "." + (index + 1);
    }

    private static String ascii(String name) {
        String folded = name.replace("ø", "o").replace("Ø", "O");
        return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
    }

    /** A department and the titles its people hold. */
    record Department(String name, String managerTitle, List<String> titles) {

        Department(String name, String managerTitle, String... titles) {
            this(name, managerTitle, List.of(titles));
        }
    }

    /** The values of one employment, drawn from the seed or given at creation. */
    record Draft(int index, String firstName, String lastName, String personalEmail, String workEmail,
            RemoteCountry country, int department, String jobTitle, RemoteEmploymentStatus status, String type,
            String model, LocalDate startDate, LocalDateTime createdAt, LocalDateTime updatedAt,
            LocalDate terminationDate, String externalId, int managerIndex, String contractorType,
            String pricingFrequency, LocalDate seniorityDate) {

        String fullName() {
            return lastName.isEmpty() ? firstName : firstName + " " + lastName;
        }
    }
}
