package org.medexpro.support;

import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an API test reads of an answer: its JSON body, and the id of what it created. */
public final class JsonAnswers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonAnswers() {
	}

	public static JsonNode body(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString());
	}

	public static String id(ResultActions result) throws Exception {
		return body(result).get("id").asText();
	}

}
