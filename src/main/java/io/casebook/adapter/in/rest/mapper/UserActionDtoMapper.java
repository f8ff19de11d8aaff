package io.casebook.adapter.in.rest.mapper;

import io.casebook.adapter.in.rest.dto.UserActionResponse;
import io.casebook.application.port.LoggedUserAction;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps logged user actions to Kibana's wire shape; the log position is the action's version token. */
@Mapper(uses = CaseDtoMapper.class)
public interface UserActionDtoMapper {

    UserActionDtoMapper INSTANCE = Mappers.getMapper(UserActionDtoMapper.class);

    @Mapping(target = "id", source = "action.id")
    @Mapping(target = "version", source = "seq")
    @Mapping(target = "action", source = "action.action")
    @Mapping(target = "type", source = "action.type")
    @Mapping(target = "payload", source = "action.payload")
    @Mapping(target = "commentId", source = "action.commentId")
    @Mapping(target = "createdAt", source = "action.createdAt")
    @Mapping(target = "createdBy", source = "action.createdBy")
    @Mapping(target = "owner", source = "action.owner")
    UserActionResponse toResponse(LoggedUserAction logged);
}
