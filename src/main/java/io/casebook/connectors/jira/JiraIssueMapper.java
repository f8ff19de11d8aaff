package io.casebook.connectors.jira;

import io.casebook.connector.spi.PushRequest;
import io.casebook.connectors.jira.JiraIssueFields.IdRef;
import io.casebook.connectors.jira.JiraIssueFields.KeyRef;
import io.casebook.connectors.jira.JiraIssueFields.NameRef;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

import java.util.List;

/** Maps a push onto Jira's issue {@code fields} with Kibana's rules (SC {@code jira/service.ts}, K {@code format.ts}). */
@Mapper
interface JiraIssueMapper {

    JiraIssueMapper INSTANCE = Mappers.getMapper(JiraIssueMapper.class);

    /** A create names the project and an issue type, the case's own or the project's first. */
    @Mapping(target = "summary", source = "request.title", qualifiedByName = "summary")
    @Mapping(target = "description", source = "request.description")
    @Mapping(target = "labels", source = "request", qualifiedByName = "labels")
    @Mapping(target = "project", source = "projectKey")
    @Mapping(target = "issuetype", source = "issueTypeId")
    @Mapping(target = "priority", source = "request", qualifiedByName = "priority")
    @Mapping(target = "parent", source = "request", qualifiedByName = "parent")
    JiraIssueFields toCreate(PushRequest request, String projectKey, String issueTypeId);

    /** An update leaves the project alone and changes the issue type only when the case names one. */
    @Mapping(target = "summary", source = "title", qualifiedByName = "summary")
    @Mapping(target = "labels", source = ".", qualifiedByName = "labels")
    @Mapping(target = "project", ignore = true)
    @Mapping(target = "issuetype", source = ".", qualifiedByName = "issueType")
    @Mapping(target = "priority", source = ".", qualifiedByName = "priority")
    @Mapping(target = "parent", source = ".", qualifiedByName = "parent")
    JiraIssueFields toUpdate(PushRequest request);

    @Named("summary")
    default String summary(String title) {
        return JiraFields.summary(title);
    }

    @Named("labels")
    default List<String> labels(PushRequest request) {
        return JiraFields.labels(request.tags(), request.caseId());
    }

    @Named("issueType")
    default IdRef issueType(PushRequest request) {
        return idRef(request.field("issueType"));
    }

    @Named("priority")
    default NameRef priority(PushRequest request) {
        String name = request.field("priority");
        return name == null ? null : new NameRef(name);
    }

    @Named("parent")
    default KeyRef parent(PushRequest request) {
        return keyRef(request.field("parent"));
    }

    default KeyRef keyRef(String key) {
        return key == null ? null : new KeyRef(key);
    }

    default IdRef idRef(String id) {
        return id == null ? null : new IdRef(id);
    }
}
