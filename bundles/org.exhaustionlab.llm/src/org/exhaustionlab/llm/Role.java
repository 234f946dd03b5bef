package org.exhaustionlab.llm;

/** Author of a chat message, spelled on the wire as in the OpenAI chat-completions API. */
public enum Role {
    SYSTEM("system"), USER("user"), ASSISTANT("assistant");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    /** The {@code role} value sent to and received from the server, e.g. {@code "assistant"}. */
    public String wireName() {
        return wireName;
    }

    /** The role named {@code wireName} (case-insensitive). */
    public static Role fromWire(String wireName) {
        for (Role role : values()) {
            if (role.wireName.equalsIgnoreCase(wireName)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown chat role '" + wireName + "', expected system, user or assistant");
    }
}
