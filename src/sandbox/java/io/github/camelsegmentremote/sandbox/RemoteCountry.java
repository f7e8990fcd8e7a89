package io.github.camelsegmentremote.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A country employments are seeded in, rendered as the spec's {@code Country} object. The JSON node is built once
 * and shared by every employment of the country, so it must never be modified.
 */
record RemoteCountry(String code, String alpha2, String name, String region, String subregion, String currency,
        String timezone, List<Subdivision> subdivisions) {

    static final List<RemoteCountry> ALL = List.of(
            of("PRT", "PT", "Portugal", "Europe", "Southern Europe", "EUR", "Europe/Lisbon",
                    "PT-11:Lisboa:District", "PT-13:Porto:District"),
            of("ESP", "ES", "Spain", "Europe", "Southern Europe", "EUR", "Europe/Madrid"),
            of("DEU", "DE", "Germany", "Europe", "Western Europe", "EUR", "Europe/Berlin",
                    "DE-BE:Berlin:State", "DE-BY:Bavaria:State"),
            of("FRA", "FR", "France", "Europe", "Western Europe", "EUR", "Europe/Paris"),
            of("NLD", "NL", "Netherlands", "Europe", "Western Europe", "EUR", "Europe/Amsterdam"),
            of("IRL", "IE", "Ireland", "Europe", "Northern Europe", "EUR", "Europe/Dublin"),
            of("GBR", "GB", "United Kingdom", "Europe", "Northern Europe", "GBP", "Europe/London"),
            of("POL", "PL", "Poland", "Europe", "Eastern Europe", "PLN", "Europe/Warsaw"),
            of("SWE", "SE", "Sweden", "Europe", "Northern Europe", "SEK", "Europe/Stockholm"),
            of("ITA", "IT", "Italy", "Europe", "Southern Europe", "EUR", "Europe/Rome"),
            of("CHE", "CH", "Switzerland", "Europe", "Western Europe", "CHF", "Europe/Zurich"),
            of("USA", "US", "United States", "Americas", "Northern America", "USD", "America/New_York",
                    "US-CA:California:State", "US-NY:New York:State", "US-TX:Texas:State"),
            of("CAN", "CA", "Canada", "Americas", "Northern America", "CAD", "America/Toronto",
                    "CA-ON:Ontario:Province", "CA-BC:British Columbia:Province"),
            of("MEX", "MX", "Mexico", "Americas", "Latin America and the Caribbean", "MXN", "America/Mexico_City"),
            of("BRA", "BR", "Brazil", "Americas", "Latin America and the Caribbean", "BRL", "America/Sao_Paulo",
                    "BR-SP:São Paulo:State", "BR-RJ:Rio de Janeiro:State"),
            of("ARG", "AR", "Argentina", "Americas", "Latin America and the Caribbean", "ARS",
                    "America/Argentina/Buenos_Aires"),
            of("COL", "CO", "Colombia", "Americas", "Latin America and the Caribbean", "COP", "America/Bogota"),
            of("IND", "IN", "India", "Asia", "Southern Asia", "INR", "Asia/Kolkata",
                    "IN-KA:Karnataka:State", "IN-MH:Maharashtra:State"),
            of("PHL", "PH", "Philippines", "Asia", "South-eastern Asia", "PHP", "Asia/Manila"),
            of("SGP", "SG", "Singapore", "Asia", "South-eastern Asia", "SGD", "Asia/Singapore"),
            of("JPN", "JP", "Japan", "Asia", "Eastern Asia", "JPY", "Asia/Tokyo"),
            of("ARE", "AE", "United Arab Emirates", "Asia", "Western Asia", "AED", "Asia/Dubai"),
            of("AUS", "AU", "Australia", "Oceania", "Australia and New Zealand", "AUD", "Australia/Sydney",
                    "AU-NSW:New South Wales:State", "AU-VIC:Victoria:State"),
            of("NZL", "NZ", "New Zealand", "Oceania", "Australia and New Zealand", "NZD", "Pacific/Auckland"),
            of("ZAF", "ZA", "South Africa", "Africa", "Sub-Saharan Africa", "ZAR", "Africa/Johannesburg"),
            of("NGA", "NG", "Nigeria", "Africa", "Sub-Saharan Africa", "NGN", "Africa/Lagos"),
            of("KEN", "KE", "Kenya", "Africa", "Sub-Saharan Africa", "KES", "Africa/Nairobi"));

    private static final Map<String, RemoteCountry> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(RemoteCountry::code, Function.identity()));
    private static final Map<RemoteCountry, ObjectNode> JSON = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), RemoteCountry::render));

    private static RemoteCountry of(String code, String alpha2, String name, String region, String subregion,
            String currency, String timezone, String... subdivisions) {
        List<Subdivision> parsed = Arrays.stream(subdivisions).map(s -> s.split(":"))
                .map(s -> new Subdivision(s[0], s[1], s[2])).toList();
        return new RemoteCountry(code, alpha2, name, region, subregion, currency, timezone, parsed);
    }

    /** Looks a country up by its alpha-3 code (case-insensitive). */
    static Optional<RemoteCountry> byCode(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(BY_CODE.get(code.toUpperCase(Locale.ROOT)));
    }

    /** The shared, read-only JSON of this country. */
    ObjectNode json() {
        return JSON.get(this);
    }

    private ObjectNode render() {
        ObjectNode node = SandboxJson.object();
        node.put("alpha_2_code", alpha2);
        node.put("code", code);
        node.put("name", name);
        node.put("region", region);
        node.put("subregion", subregion);
        node.putArray("contractor_products_available").add("standard").add("plus").add("cor");
        if (subdivisions.isEmpty()) {
            node.putNull("country_subdivisions");
        } else {
            ArrayNode list = node.putArray("country_subdivisions");
            for (Subdivision s : subdivisions) {
                list.addObject().put("code", s.code()).put("name", s.name()).put("subdivision_type", s.type());
            }
        }
        node.put("employment_agreement_preview_available", true);
        node.put("eor_onboarding", true);
        node.put("locked_benefits", "after_first_hire");
        node.putArray("supported_json_schemas").add("address_details").add("administrative_details")
                .add("employment-basic-information").add("bank_account_details").add("contract_details")
                .add("emergency_contact");
        return node;
    }

    record Subdivision(String code, String name, String type) {
    }
}
