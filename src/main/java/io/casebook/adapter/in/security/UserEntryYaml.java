package io.casebook.adapter.in.security;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One entry of users.yaml as written. {@code password} is read only to refuse it with a useful message:
 * the file holds bcrypt hashes, never passwords.
 */
record UserEntryYaml(String username,
                     @JsonProperty("full_name") String fullName,
                     String email,
                     @JsonProperty("password_hash") String passwordHash,
                     String password,
                     List<String> roles) {
}
