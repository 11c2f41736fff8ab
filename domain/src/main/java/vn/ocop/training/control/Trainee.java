package vn.ocop.training.control;

import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.training.entity.Audience;

import java.io.Serializable;

/**
 * A person to train: a manager of a producer ({@code M} and the manager's id) or a user of the
 * district office, a commune or a council ({@code U} and the account's id), with the audience they
 * belong to, their commune (or the district for district staff) and, for a manager, the producer.
 */
public record Trainee(String key, String name, Audience audience, Long unitId, String unitName, Long producerId,
                      String producerName, String taxCode, String username, String position) implements Serializable {

    public static String managerKey(long managerId) {
        return "M" + managerId;
    }

    public static String userKey(long userId) {
        return "U" + userId;
    }

    public boolean isManager() {
        return key.startsWith("M");
    }

    /** The id of the manager or account the key names. */
    public long id() {
        return idOf(key);
    }

    public static long idOf(String key) {
        if (key == null || key.length() < 2 || (key.charAt(0) != 'M' && key.charAt(0) != 'U')) {
            throw Records.notFound();
        }
        try {
            return Long.parseLong(key.substring(1));
        } catch (NumberFormatException e) {
            throw Records.notFound();
        }
    }

    /** Whether the search text (diacritics and case aside) is in the name, the producer or the user name. */
    public boolean matches(String text) {
        String key = VietnameseText.searchKey(text);
        return key.isEmpty() || VietnameseText.searchKey(name).contains(key)
                || producerName != null && VietnameseText.searchKey(producerName).contains(key)
                || username != null && username.contains(key);
    }

    /** Where the person works: the producer for a manager, the unit for staff. */
    public String organisation() {
        return producerName != null ? producerName : unitName;
    }
}
