package com.example.userapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A library user's own Spring Boot application, as small as one is: it has no code for the components, only
 * their dependency and {@code application.properties}. {@code UserSpringBootAppTest} runs it on a class path of
 * its own, without this project's app and sandbox.
 */
@SpringBootApplication
public class UserApplication {

    public static void main(String[] args) {
        SpringApplication.run(UserApplication.class, args);
    }
}
