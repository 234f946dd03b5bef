package org.exhaustionlab.pine.check;

import java.util.List;
import org.exhaustionlab.pine.ast.Expr;
import org.exhaustionlab.pine.ast.Node;
import org.exhaustionlab.pine.catalog.PineType;

/**
 * A user-defined type or enum.
 *
 * @param name        its name
 * @param declaration the {@code TypeDecl} or {@code EnumDecl}
 * @param isEnum      true for enums
 * @param fields      the fields in declaration order (empty for enums)
 * @param members     the enum member names in declaration order (empty for types)
 */
public record UserType(String name, Node declaration, boolean isEnum, List<Field> fields, List<String> members) {

    public UserType {
        fields = List.copyOf(fields);
        members = List.copyOf(members);
    }

    /** A field; {@code type} is null when its written type is unknown, {@code defaultValue} null when omitted. */
    public record Field(String name, PineType type, Expr defaultValue, boolean varip, Node declaration) {
    }

    /** The field's index, or -1. */
    public int fieldIndex(String fieldName) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of an enum member, or -1. */
    public int memberIndex(String memberName) {
        return members.indexOf(memberName);
    }
}
