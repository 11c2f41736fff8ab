package vn.ocop.rating.control;

import java.io.Serializable;

/**
 * One node of a scoring sheet as stored: a part (level 0), a numbered section (1), a lettered
 * criterion (2) or an option to tick (3). Sub-criteria are criteria whose parent is a criterion.
 *
 * @param score the maximum of a part, section or criterion, or the points of an option, as
 *              transcribed (text: a transcription may hold an empty or unreadable value)
 * @param stars 3, 4 or 5 when the legal text marks the node with ***, **** or *****: the
 *              minimum level on that criterion for a product of that star class; null otherwise
 * @param alternatives whether the children are alternative cases of which one applies (the node
 *                     then takes its best child), instead of parts that add up
 */
public record NodeRow(long id, Long parentId, int level, int position, String code, String title, String description,
                      String score, Integer stars, boolean alternatives) implements Serializable {

    public static final int PART = 0;
    public static final int SECTION = 1;
    public static final int CRITERION = 2;
    public static final int OPTION = 3;

    NodeRow withScore(String value) {
        return new NodeRow(id, parentId, level, position, code, title, description, value, stars, alternatives);
    }

    NodeRow withParent(Long value) {
        return new NodeRow(id, value, level, position, code, title, description, score, stars, alternatives);
    }

    NodeRow withAlternatives(boolean value) {
        return new NodeRow(id, parentId, level, position, code, title, description, score, stars, value);
    }
}
