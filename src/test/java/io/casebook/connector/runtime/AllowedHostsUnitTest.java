package io.casebook.connector.runtime;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a URL's host by hand (templated URLs are no URI) and Kibana's matching: whole names, any case. */
class AllowedHostsUnitTest {

    @Test
    void theHostIsReadWithoutUserInfoPortPathOrCase() {
        assertThat(AllowedHosts.host("https://Jira.Example.com:8443/rest?x=1")).contains("jira.example.com");
        assertThat(AllowedHosts.host("http://user:pw@tickets.example.com/a")).contains("tickets.example.com");
        assertThat(AllowedHosts.host("http://evil.example@tickets.example.com")).contains("tickets.example.com");
        assertThat(AllowedHosts.host("http://[::1]:8080/x")).contains("[::1]");
        assertThat(AllowedHosts.host("http://tickets.example.com\\@evil.example/")).contains("tickets.example.com");
        assertThat(AllowedHosts.host("http://{{{case.title}}}/x")).isEmpty();
        assertThat(AllowedHosts.host("jira.example.com/x")).isEmpty();
    }

    @Test
    void namesMatchWholeAndStarMatchesAnything() {
        AllowedHosts listed = new AllowedHosts(List.of("jira.example.com", " LOCALHOST "));

        assertThat(listed.allows("https://JIRA.example.com/x")).isTrue();
        assertThat(listed.allows("http://localhost:8080")).isTrue();
        assertThat(listed.allows("https://jira.example.com.evil.example/")).isFalse();
        assertThat(listed.allows("https://evil.example/?next=jira.example.com")).isFalse();
        assertThat(listed.allows("http://127.0.0.1")).isFalse();
        assertThat(listed.allows("http://{{{case.title}}}/")).isFalse();
        assertThat(AllowedHosts.parse(null).allows("http://{{{case.title}}}/")).isTrue();
        assertThat(AllowedHosts.parse("").allows("https://jira.example.com")).as("empty: none").isFalse();
        assertThat(AllowedHosts.parse("a.example, *").allows("https://b.example")).isTrue();
    }
}
